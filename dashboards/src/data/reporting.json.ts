import { reportingData } from "../../lib/reportingData.ts";
import { runLoader } from "../../lib/writeJson.ts";

runLoader(reportingData);
