import { rankingData } from "../../lib/rankingData.ts";
import { runLoader } from "../../lib/writeJson.ts";

runLoader(() => rankingData("dia_phuong"));
