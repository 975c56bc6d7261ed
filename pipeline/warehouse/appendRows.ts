import type { DuckDBConnection } from "@duckdb/node-api";
import { LIST, VARCHAR } from "./duckdb.ts";

export type ColumnType = "varchar" | "integer" | "bigint" | "double" | "boolean" | "varchar[]";
export type CellInput = string | number | boolean | string[] | null | undefined;

/** Appends rows through DuckDB's Appender; each column's value is appended with its declared type. */
export async function appendRows(connection: DuckDBConnection, table: string, types: ColumnType[], rows: Iterable<CellInput[]>): Promise<void> {
  const appender = await connection.createAppender(table);
  try {
    for (const row of rows) {
      types.forEach((type, i) => {
        const value = row[i];
        if (value === null || value === undefined) return appender.appendNull();
        switch (type) {
          case "varchar": return appender.appendVarchar(String(value));
          case "integer": return appender.appendInteger(Number(value));
          case "bigint": return appender.appendBigInt(BigInt(value as number));
          case "double": return appender.appendDouble(Number(value));
          case "boolean": return appender.appendBoolean(Boolean(value));
          case "varchar[]": return appender.appendList(value as string[], LIST(VARCHAR));
        }
      });
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
