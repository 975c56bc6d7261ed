import { withReadOnlyWarehouse } from "./withReadOnlyWarehouse.ts";

const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;

/** Row counts of some tables of a warehouse file, opened read-only once; in the order asked. */
export async function countRows(dbPath: string, tables: string[]): Promise<number[]> {
  for (const table of tables) if (!TABLE_NAME.test(table)) throw new Error(`Tên bảng không hợp lệ: ${table}`);
  return withReadOnlyWarehouse(dbPath, async (connection) => {
    const counts: number[] = [];
    for (const table of tables) {
      const reader = await connection.runAndReadAll(`select count(*)::integer as n from ${table}`);
      counts.push(Number(reader.getRowObjects()[0]?.n ?? 0));
    }
    return counts;
  });
}
