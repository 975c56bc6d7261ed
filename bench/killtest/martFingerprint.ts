import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { withReadOnlyWarehouse } from "../../pipeline/warehouse/withReadOnlyWarehouse.ts";

const MARTS_DIR = fileURLToPath(new URL("../../models/marts", import.meta.url));

/**
 * A hash of every mart's rows (sorted), opened read-only: equal for two warehouses built from the same
 * sources on the same day. run_changes is left out, as it compares with whichever warehouse came before.
 * Throws when the file cannot be opened or a mart read: that is what "corrupted" means.
 */
export async function martFingerprint(dbPath: string, exclude: string[] = ["run_changes"]): Promise<{ hash: string; rows: Record<string, number> }> {
  const marts = readdirSync(MARTS_DIR).filter((f) => f.endsWith(".sql")).map((f) => f.slice(0, -4)).filter((m) => !exclude.includes(m)).sort();
  return withReadOnlyWarehouse(dbPath, async (connection) => {
    const hash = createHash("sha256");
    const rows: Record<string, number> = {};
    for (const mart of marts) {
      const result = (await connection.runAndReadAll(`select * from "${mart}" order by all`)).getRowsJS();
      rows[mart] = result.length;
      hash.update(mart).update(JSON.stringify(result, (_, v) => (typeof v === "bigint" ? v.toString() : v)));
    }
    return { hash: hash.digest("hex"), rows };
  });
}
