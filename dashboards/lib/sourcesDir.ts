import { fileURLToPath } from "node:url";

/** The repository's sources/ (province boundaries, export settings): CAPDO_SOURCES_DIR when the project is built from a copy. */
export function sourcesDir(): string {
  return process.env.CAPDO_SOURCES_DIR ?? fileURLToPath(new URL("../../sources/", import.meta.url));
}
