import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { runFuzz } from "./fuzz/runFuzz.ts";
import { fuzzReport } from "./fuzz/fuzzReport.ts";

// npm run fuzz -- --cases 10000 [--seed N] [--timeout-ms 10000] [--workers K] [--report docs/fuzz-report.md]
const args = new Map<string, string>();
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const key = argv[i]!.replace(/^--/, "");
  const [k, inline] = key.split("=", 2) as [string, string | undefined];
  args.set(k, inline ?? argv[++i] ?? "");
}
const cases = Number(args.get("cases") ?? 10_000);
const seed = Number(args.get("seed") ?? 20240601);
const timeoutMs = Number(args.get("timeout-ms") ?? 10_000);
const workers = Number(args.get("workers") ?? availableParallelism());
const report = resolve(args.get("report") ?? "docs/fuzz-report.md");
if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed)) {
  process.stderr.write("Cách dùng: npm run fuzz -- --cases N [--seed N] [--timeout-ms MS] [--workers K] [--report TỆP]\n");
  process.exit(2);
}

const start = performance.now();
const results = await runFuzz({
  cases, seed, timeoutMs, workers,
  onProgress: (done, total) => {
    if (done % 500 === 0 || done === total) process.stderr.write(`\r${done}/${total} trường hợp`);
  },
});
process.stderr.write("\n");
const markdown = fuzzReport({
  cases, seed, timeoutMs, workers, seconds: (performance.now() - start) / 1000,
  command: `npm run fuzz -- --cases ${cases} --seed ${seed}`, date: new Date().toISOString().slice(0, 10),
}, results);
mkdirSync(dirname(report), { recursive: true });
writeFileSync(report, markdown);
const crashes = results.filter((r) => r.status === "crash").length;
const hangs = results.filter((r) => r.status === "hang").length;
const violations = results.filter((r) => r.problems.length > 0).length;
process.stdout.write(`${results.length} trường hợp: sập ${crashes}, treo ${hangs}, vi phạm ${violations} — báo cáo: ${report}\n`);
process.exitCode = crashes + hangs + violations > 0 ? 1 : 0;
