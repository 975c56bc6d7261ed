import { loadSettings } from "../config/loadSettings.ts";
import { rebuildModels } from "../warehouse/writeWarehouse.ts";
import { countRows } from "../warehouse/countRows.ts";
import { formatInteger } from "./formatNumber.ts";
import { dirname } from "node:path";
import { withOutputLock } from "../publish/withOutputLock.ts";
import { publishArtefacts } from "../publish/publishArtefacts.ts";

/** `capdo build`: the models again on the warehouse's own source tables, as the output folder's one writer. */
export async function buildCommand(dbPath: string, settingsFile: string | undefined): Promise<number> {
  const settings = loadSettings(settingsFile);
  await withOutputLock(dirname(dbPath), "build", async (lock) => {
    const built = await rebuildModels(dbPath, settings, { swapIn: false });
    publishArtefacts(dirname(dbPath), [{ built, final: dbPath }], lock);
  });
  const [changes = 0] = await countRows(dbPath, ["run_changes"]);
  process.stdout.write(`Đã dựng lại các mô hình của ${dbPath}. Số liệu thay đổi so với trước: ${formatInteger(changes)}\n`);
  return 0;
}
