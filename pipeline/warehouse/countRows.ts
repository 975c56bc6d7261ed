import { DuckDBInstance } from "@duckdb/node-api";

const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;

/** Row count of one table of a warehouse file, opened read-only. */
export async function countRows(dbPath: string, table: string): Promise<number> {
  if (!TABLE_NAME.test(table)) throw new Error(`Tên bảng không hợp lệ: ${table}`);
  const instance = await DuckDBInstance.create(dbPath, { access_mode: "READ_ONLY" });
  try {
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(`select count(*)::integer as n from ${table}`);
      return Number(reader.getRowObjects()[0]?.n ?? 0);
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}
