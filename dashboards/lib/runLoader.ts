import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { errorText } from "./errorText.ts";
import { loaderOutput } from "./loaderOutputs.ts";

/**
 * Runs the data loader whose file is `loaderUrl` (src/data/NAME.ts, pass `import.meta.url`): its
 * output (loaderOutputs.ts) to stdout; on failure a message to stderr and a non-zero exit.
 */
export function runLoader(loaderUrl: string): void {
  const name = basename(fileURLToPath(loaderUrl)).replace(/\.ts$/, "");
  loaderOutput(name).then((output) => process.stdout.write(output), (error: unknown) => {
    process.stderr.write(`${errorText(error)}\n`);
    process.exitCode = 1;
  });
}
