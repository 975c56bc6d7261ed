import type { SynthOptions } from "./types.ts";

const USAGE =
  "Cách dùng: tsx pipeline/synth/main.ts --out THƯ_MỤC [--seed 20240701] [--agencies 24] [--months 3] [--start 2024-07]";

/** Reads the command line; throws with the usage line on anything wrong. */
export function parseArgs(argv: string[]): SynthOptions {
  const opts: SynthOptions = { out: "", seed: 20240701, agencies: 24, months: 3, start: "2024-07" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") throw new Error(USAGE);
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`Tham số không hợp lệ: ${arg}\n${USAGE}`);
    const key = m[1] ?? "";
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new Error(`Thiếu giá trị cho --${key}\n${USAGE}`);
    const int = (lo: number, hi: number) => {
      if (!/^\d+$/.test(value) || Number(value) < lo || Number(value) > hi) {
        throw new Error(`--${key} phải là số nguyên từ ${lo} đến ${hi}, nhận được "${value}"`);
      }
      return Number(value);
    };
    switch (key) {
      case "out":
        opts.out = value;
        break;
      case "seed":
        opts.seed = int(0, 4294967295);
        break;
      case "agencies":
        opts.agencies = int(1, 93);
        break;
      case "months":
        opts.months = int(1, 120);
        break;
      case "start":
        if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new Error(`--start phải có dạng YYYY-MM, nhận được "${value}"`);
        opts.start = value;
        break;
      default:
        throw new Error(`Tham số không hợp lệ: --${key}\n${USAGE}`);
    }
  }
  if (!opts.out) throw new Error(`Thiếu --out\n${USAGE}`);
  return opts;
}
