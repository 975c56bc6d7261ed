import { complianceData } from "../../lib/complianceData.ts";
import { runLoader } from "../../lib/writeJson.ts";

runLoader(complianceData);
