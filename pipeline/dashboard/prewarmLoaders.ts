import { spawn } from "node:child_process";
import { mkdirSync, openSync, closeSync, readdirSync, renameSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";

/**
 * Runs the project's data loaders (`src/data/NAME.EXT.ts`) side by side, writing each output where
 * Framework caches loader output (`src/.observablehq/cache/data/NAME.EXT`): Framework then finds
 * them fresh instead of running them one after another. Same command, same environment as
 * Framework would use; a loader that fails here fails the build.
 */
export async function prewarmLoaders(srcDir: string, interpreter: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const loaders = readdirSync(join(srcDir, "data")).filter((name) => /^[^[\]]+\.\w+\.ts$/.test(name));
  const cacheDir = join(srcDir, ".observablehq", "cache", "data");
  mkdirSync(cacheDir, { recursive: true });
  const queue = [...loaders];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) await runLoader(join(srcDir, "data", name), join(cacheDir, name.slice(0, -".ts".length)), interpreter, env);
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), loaders.length) }, worker));
}

async function runLoader(loader: string, output: string, [command, ...args]: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const temp = `${output}.${process.pid}`;
  const fd = openSync(temp, "w");
  let stderr = "";
  try {
    const child = spawn(command!, [...args, loader], { env, stdio: ["ignore", fd, "pipe"] });
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const code = await new Promise<number | null>((done, fail) => {
      child.on("error", fail);
      child.on("close", done);
    });
    if (code !== 0) throw new Error(`Bộ nạp dữ liệu ${loader} lỗi (mã ${code}):\n${stderr.slice(-2000)}`);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, output);
}
