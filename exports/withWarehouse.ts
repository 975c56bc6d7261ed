import { existsSync, readFileSync } from "node:fs";
import { DuckDBInstance } from "../pipeline/warehouse/duckdb.ts";

export type Row = Record<string, unknown>;
/** Runs exports/queries/<name>.sql with named parameters bound ($period …); bigints come back as numbers. */
export type RunQuery = (name: string, params?: Record<string, string>) => Promise<Row[]>;

const QUERY_NAME = /^[a-z_]+$/;

/** Opens a warehouse file read-only for the duration of `fn`; its queries may run concurrently. */
export async function withWarehouse<T>(dbPath: string, fn: (query: RunQuery) => Promise<T>): Promise<T> {
  if (!existsSync(dbPath)) throw new Error(`Không tìm thấy kho dữ liệu ${dbPath} — hãy chạy "capdo run" trước`);
  const instance = await DuckDBInstance.create(dbPath, { access_mode: "READ_ONLY" });
  const running = new Set<Promise<Row[]>>();
  try {
    return await fn((name, params = {}) => {
      const rows = runQuery(instance, name, params);
      running.add(rows);
      const settled = () => running.delete(rows);
      rows.then(settled, settled);
      return rows;
    });
  } finally {
    // When one query fails, the others asked for with it may still be running: let them end first.
    await Promise.allSettled(running);
    instance.closeSync();
  }
}

async function runQuery(instance: DuckDBInstance, name: string, params: Record<string, string>): Promise<Row[]> {
  if (!QUERY_NAME.test(name)) throw new Error(`Tên truy vấn không hợp lệ: ${name}`);
  const sql = readFileSync(new URL(`./queries/${name}.sql`, import.meta.url), "utf8");
  // A connection per query, so that queries asked for together run side by side.
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql, params);
    // Read column by column, then put the rows together: much faster than row objects for long results.
    const columns = Object.entries(reader.getColumnsObjectJS());
    return Array.from({ length: reader.currentRowCount }, (_, i) => {
      const row: Row = {};
      for (const [column, values] of columns) {
        const value = values[i];
        row[column] = typeof value === "bigint" ? Number(value) : value;
      }
      return row;
    });
  } finally {
    connection.closeSync();
  }
}
