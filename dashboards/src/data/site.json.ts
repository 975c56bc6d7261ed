import { siteData } from "../../lib/siteData.ts";
import { runLoader } from "../../lib/writeJson.ts";

runLoader(siteData);
