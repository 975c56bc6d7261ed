/** A data loader's only output: one JSON document on stdout (logs go to stderr). */
export function writeJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value));
}

/** Runs a loader's main function: its output to stdout (JSON unless `write` says otherwise), a message to stderr and a non-zero exit on failure. */
export function runLoader<T>(main: () => Promise<T>, write: (value: T) => void = writeJson): void {
  main().then(write, (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
