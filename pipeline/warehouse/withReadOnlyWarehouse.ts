import type { DuckDBConnection } from "@duckdb/node-api";
import { DuckDBInstance } from "./duckdb.ts";

/** Opens a warehouse file read-only for `fn` on one connection, and closes it whatever happens. */
export async function withReadOnlyWarehouse<T>(dbPath: string, fn: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(dbPath, { access_mode: "READ_ONLY" });
  try {
    const connection = await instance.connect();
    try {
      return await fn(connection);
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}
