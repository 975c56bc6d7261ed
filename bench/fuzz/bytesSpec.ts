import fc from "fast-check";
import type { FuzzSpec } from "./FuzzSpec.ts";

const NAMES = ["BaoCao.xlsx", "BM01.csv", "TongHop.xls", "Unicode.txt", "bao cao.XLSX", "scan.pdf", "khong-duoi", "BC.xlsm"];

/** Random bytes, optionally behind a real signature so that they get past the sniffer to a reader. */
export const bytesSpec: fc.Arbitrary<FuzzSpec> = fc.record({
  kind: fc.constant("bytes" as const),
  name: fc.constantFrom(...NAMES),
  prefix: fc.constantFrom("none", "zip", "ole2", "pdf", "png", "html", "utf8-bom", "utf16-bom"),
  bytes: fc.uint8Array({ maxLength: 4096 }),
});
