import { createRequire } from "node:module";
import type * as DuckDB from "@duckdb/node-api";

/**
 * @duckdb/node-api, loaded with `require`. It is a CommonJS package re-exporting some sixty files:
 * imported as an ES module, Node first scans each of them for its exports (≈ 60 ms of CPU at the start
 * of every command). Pipeline and exports import DuckDB's values from here and its types from
 * "@duckdb/node-api" with `import type`; the dashboard's data loaders, copied into the site project,
 * import the package.
 */
const duckdb = createRequire(import.meta.url)("@duckdb/node-api") as typeof DuckDB;

export const { DuckDBInstance, LIST, VARCHAR } = duckdb;
export type DuckDBInstance = DuckDB.DuckDBInstance;
