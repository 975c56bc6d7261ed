import { loadSettings } from "../config/loadSettings.ts";
import { rebuildModels } from "../warehouse/writeWarehouse.ts";
import { countRows } from "../warehouse/countRows.ts";
import { formatInteger } from "./formatNumber.ts";

/** `capdo build`: the models again on the warehouse's own source tables. */
export async function buildCommand(dbPath: string, settingsFile: string | undefined): Promise<number> {
  await rebuildModels(dbPath, loadSettings(settingsFile));
  const changes = await countRows(dbPath, "run_changes");
  process.stdout.write(`Đã dựng lại các mô hình của ${dbPath}. Số liệu thay đổi so với trước: ${formatInteger(changes)}\n`);
  return 0;
}
