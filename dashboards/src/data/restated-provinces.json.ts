import { pack } from "../../lib/pack.ts";
import { withWarehouse } from "../../lib/warehouse.ts";
import { runLoader } from "../../lib/writeJson.ts";

runLoader(() => withWarehouse(async (query) => pack(await query("restated_provinces"))));
