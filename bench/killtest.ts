import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { runKillTest } from "./killtest/runKillTest.ts";
import { killTestReport } from "./killtest/killTestReport.ts";

// npm run killtest -- --runs N [--seed N] [--agencies N] [--report docs/killtest-report.md]
const args = new Map<string, string>();
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const [k, inline] = argv[i]!.replace(/^--/, "").split("=", 2) as [string, string | undefined];
  args.set(k, inline ?? argv[++i] ?? "");
}
const runs = Number(args.get("runs") ?? 40);
const seed = Number(args.get("seed") ?? 20240901);
const agencies = Number(args.get("agencies") ?? 20);
const report = resolve(args.get("report") ?? "docs/killtest-report.md");
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || !Number.isInteger(agencies) || agencies < 2) {
  process.stderr.write("Cách dùng: npm run killtest -- --runs N [--seed N] [--agencies N] [--report TỆP]\n");
  process.exit(2);
}
const start = performance.now();
const log: string[] = [];
const result = await runKillTest({
  runs, seed, agencies,
  onRun: (_, line) => {
    log.push(line);
    process.stderr.write(`${line}\n`);
  },
});
mkdirSync(dirname(report), { recursive: true });
writeFileSync(report, killTestReport(result, {
  command: `npm run killtest -- --runs ${runs} --seed ${seed} --agencies ${agencies}`,
  date: new Date().toISOString().slice(0, 10), seconds: (performance.now() - start) / 1000, agencies, seed,
}, log));
const bad = result.corrupted + result.provenanceBroken + result.refusedOrFailed + (result.finalRunOk ? 0 : 1);
process.stdout.write(`${runs} lần chạy, ${result.kills} lần kill -9: kho hỏng ${result.corrupted}, dẫn chứng hỏng ${result.provenanceBroken}, thất bại ${result.refusedOrFailed} — báo cáo: ${report}\n`);
process.exitCode = bad > 0 ? 1 : 0;
