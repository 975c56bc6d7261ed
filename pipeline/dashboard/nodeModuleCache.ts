import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/**
 * Framework bundles every library a page imports from node_modules (d3, Plot, Inputs…) into
 * `.observablehq/cache/_node/NAME@VERSION/`, which takes seconds and depends only on the installed
 * versions. Each dashboard build starts from a fresh copy of the project, so the bundles are kept
 * between builds under node_modules/.cache, keyed by the Framework version.
 */
export function nodeModuleCache(): { restore(root: string): void; save(root: string): void } {
  const frameworkDir = dirname(require.resolve("@observablehq/framework/package.json"));
  const { version } = JSON.parse(readFileSync(join(frameworkDir, "package.json"), "utf8")) as { version: string };
  const cacheDir = join(frameworkDir, "..", "..", ".cache", "capdo-dashboard", `framework-${version}`, "_node");
  const projectDir = (root: string) => join(root, ".observablehq", "cache", "_node");
  return {
    restore(root) {
      if (existsSync(cacheDir)) cpSync(cacheDir, projectDir(root), { recursive: true });
    },
    save(root) {
      if (existsSync(cacheDir) || !existsSync(projectDir(root))) return;
      try {
        const temp = `${cacheDir}.${process.pid}`;
        mkdirSync(dirname(cacheDir), { recursive: true });
        cpSync(projectDir(root), temp, { recursive: true });
        renameSync(temp, cacheDir);
      } catch {
        // Another build saved it first, or node_modules is read-only: the cache is only a speed-up.
        rmSync(`${cacheDir}.${process.pid}`, { recursive: true, force: true });
      }
    },
  };
}
