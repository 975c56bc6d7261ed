import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { queryWarehouse } from "./queryWarehouse.ts";

const MARTS = fileURLToPath(new URL("../../models/marts", import.meta.url));

/** Every mart's rows, sorted, as JSON strings (bigints as text), by mart name. */
export async function martRows(dbPath: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const mart of readdirSync(MARTS).filter((f) => f.endsWith(".sql")).map((f) => f.slice(0, -4)).sort()) {
    const rows = await queryWarehouse(dbPath, `select * from "${mart}"`);
    out[mart] = rows.map((r) => JSON.stringify(r, (_, v) => (typeof v === "bigint" ? v.toString() : v))).sort();
  }
  return out;
}
