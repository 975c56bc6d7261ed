import { agencyListData } from "../../lib/agencyListData.ts";
import { runLoader } from "../../lib/writeJson.ts";

runLoader(agencyListData);
