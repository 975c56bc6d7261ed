import { overviewData } from "../../lib/overviewData.ts";
import { runLoader } from "../../lib/writeJson.ts";

runLoader(overviewData);
