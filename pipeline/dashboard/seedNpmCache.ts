import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { filesEndingWith } from "./filesEndingWith.ts";

const require = createRequire(import.meta.url);

/**
 * Framework's own client code (stdlib, FileAttachment, the JSX and DuckDB helpers) refers to
 * optional libraries as `npm:` imports, and its build asks registry.npmjs.org for their versions
 * even when no page uses them — which fails offline. A version directory in the npm cache answers
 * that question locally. The site never loads these modules (pages import their libraries from
 * node_modules), so the placeholders are never requested.
 */
export function seedNpmCache(root: string): string[] {
  const frameworkDir = dirname(require.resolve("@observablehq/framework/package.json"));
  const nodeModules = join(frameworkDir, "..", "..");
  const clientDir = join(frameworkDir, "dist", "client");
  const names = new Set<string>();
  for (const file of filesEndingWith(clientDir, ".js")) {
    for (const m of readFileSync(file, "utf8").matchAll(/["'`]npm:((?:@[\w.-]+\/)?[\w.-]+)/g)) names.add(m[1]!);
  }
  for (const name of names) mkdirSync(join(root, ".observablehq", "cache", "_npm", `${name}@${installedVersion(nodeModules, name)}`), { recursive: true });
  return [...names];
}


function installedVersion(nodeModules: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(nodeModules, name, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "0.0.0";
  }
}
