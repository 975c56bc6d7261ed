import { readFileSync } from "node:fs";
import { DuckDBInstance, VARCHAR, type DuckDBType, type DuckDBValue } from "@duckdb/node-api";

const SQL_DIR = new URL("../sql/", import.meta.url);

export type Row = Record<string, unknown>;
export type Query = (name: string, params?: Record<string, DuckDBValue>) => Promise<Row[]>;

/** The warehouse the dashboard is built from: CAPDO_DB, set by buildDashboard (or by hand for `observable preview`). */
export function warehousePath(): string {
  const path = process.env.CAPDO_DB;
  if (!path) throw new Error("CAPDO_DB is not set: the path of capdo.duckdb to build the dashboard from");
  return path;
}

/** Opens the warehouse read-only and gives `fn` a query function running `sql/NAME.sql` with bound parameters. */
export async function withWarehouse<T>(fn: (query: Query) => Promise<T>, dbPath = warehousePath()): Promise<T> {
  const instance = await DuckDBInstance.create(dbPath, { access_mode: "READ_ONLY" });
  try {
    const connection = await instance.connect();
    try {
      const query: Query = async (name, params) => {
        const sql = readFileSync(new URL(`${name}.sql`, SQL_DIR), "utf8");
        const reader = await connection.runAndReadAll(sql, params, params && parameterTypes(params));
        return reader.getRowObjectsJS().map(plainRow);
      };
      return await fn(query);
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** A NULL parameter has no type of its own: strings and NULLs (an agency code or none) are VARCHAR. */
function parameterTypes(params: Record<string, DuckDBValue>): Record<string, DuckDBType | undefined> {
  const types: Record<string, DuckDBType | undefined> = {};
  for (const [key, value] of Object.entries(params)) types[key] = value === null || typeof value === "string" ? VARCHAR : undefined;
  return types;
}

/** BIGINT and HUGEINT counts arrive as bigint: JSON wants numbers (every count here is far below 2^53). */
function plainRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = plainValue(value);
  return out;
}

function plainValue(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(plainValue);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}
