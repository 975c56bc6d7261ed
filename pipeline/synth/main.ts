import { relative } from "node:path";
import { generate } from "./generate.ts";
import { parseArgs } from "./parseArgs.ts";

/** CLI: generates synthetic BM-01/BM-02 submissions and their answer key. */
export async function main(argv: string[]): Promise<number> {
  try {
    const opts = parseArgs(argv);
    const s = await generate(opts);
    const where = relative(process.cwd(), s.sourcesDir) || ".";
    const extra = s.successors > 0 ? ` (và ${s.successors} cơ quan kế thừa sau sắp xếp năm 2025)` : "";
    const secs = (s.ms / 1000).toFixed(1).replace(".", ",");
    console.log(
      `Đã tạo ${s.files} tệp báo cáo mẫu cho ${s.agencies} cơ quan${extra}, ${s.periods} kỳ, trong ${where} (đáp án trong ${where}-expected; ${secs} giây)`,
    );
    return 0;
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
