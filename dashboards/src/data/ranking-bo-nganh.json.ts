import { rankingData } from "../../lib/rankingData.ts";
import { runLoader } from "../../lib/writeJson.ts";

runLoader(() => rankingData("bo_nganh"));
