import { spawn } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Writes the output of every data loader of the project (`src/data/NAME.ts`) where Framework caches
 * loader output (`src/.observablehq/cache/data/NAME`), so that Framework finds them fresh instead of
 * running the loaders one after another, each its own process with tsx and DuckDB to start. One
 * process (`lib/writeLoaderOutputs.ts`) writes them all, with the environment Framework would give
 * them; a loader that fails fails the build, with its message.
 */
export async function prewarmLoaders(srcDir: string, interpreter: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const names = readdirSync(join(srcDir, "data")).filter((name) => /^[^[\]]+\.\w+\.ts$/.test(name)).map((name) => name.slice(0, -".ts".length));
  const cacheDir = join(srcDir, ".observablehq", "cache", "data");
  mkdirSync(cacheDir, { recursive: true });
  const [command, ...args] = interpreter;
  const child = spawn(command!, [...args, join(srcDir, "..", "lib", "writeLoaderOutputs.ts"), cacheDir, ...names], { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const code = await new Promise<number | null>((done, fail) => {
    child.on("error", fail);
    child.on("close", done);
  });
  if (code !== 0) throw new Error(`Dữ liệu của trang tổng hợp không tạo được (mã ${code}):\n${stderr.slice(-2000)}`);
}
