import { existsSync, readFileSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";

export type Row = Record<string, unknown>;
/** Runs exports/queries/<name>.sql with named parameters bound ($period …); bigints come back as numbers. */
export type RunQuery = (name: string, params?: Record<string, string>) => Promise<Row[]>;

const QUERY_NAME = /^[a-z_]+$/;

/** Opens a warehouse file read-only for the duration of `fn`. */
export async function withWarehouse<T>(dbPath: string, fn: (query: RunQuery) => Promise<T>): Promise<T> {
  if (!existsSync(dbPath)) throw new Error(`Không tìm thấy kho dữ liệu ${dbPath} — hãy chạy "capdo run" trước`);
  const instance = await DuckDBInstance.create(dbPath, { access_mode: "READ_ONLY" });
  try {
    const connection = await instance.connect();
    try {
      return await fn(async (name, params = {}) => {
        if (!QUERY_NAME.test(name)) throw new Error(`Tên truy vấn không hợp lệ: ${name}`);
        const sql = readFileSync(new URL(`./queries/${name}.sql`, import.meta.url), "utf8");
        const rows = (await connection.runAndReadAll(sql, params)).getRowObjectsJS() as Row[];
        return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])));
      });
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}
