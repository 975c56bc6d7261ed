import { qualityData } from "../../lib/qualityData.ts";
import { runLoader } from "../../lib/writeJson.ts";

runLoader(qualityData);
