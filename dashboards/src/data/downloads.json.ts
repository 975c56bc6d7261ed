import { downloadsData } from "../../lib/downloadsData.ts";
import { runLoader } from "../../lib/writeJson.ts";

runLoader(downloadsData);
