import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";

/** Gives a test an in-memory DuckDB connection, closed afterwards. */
export async function withDuckDB<T>(fn: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return await fn(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
