import type { Rng } from "./Rng.ts";

const STEMS = [
  "Book1",
  "Book",
  "BC gui Cuc ATTT",
  "BaoCao",
  "Bieu_BM01",
  "Copy of BM01",
  "DanhMuc_HTTT",
  "HTTT cap do",
  "New Microsoft Excel Worksheet",
  "Tong hop",
  "baocao_thang",
  "file",
  "BC_ATTT",
  "BC",
  "Mau bieu",
  "export",
];

/**
 * A file name that says nothing about its content ("Book1 (3).xlsx",
 * "BC gui Cuc ATTT_v2.xlsx"), unique (ignoring case) among `taken`, which it
 * updates.
 */
export function makeFileName(rng: Rng, ext: string, taken: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const stem = rng.pick(STEMS);
    const n = rng.int(1, attempt < 20 ? 99 : 9999);
    const suffix = rng.pick([` (${n})`, `_v${rng.int(2, 4)}`, `-${rng.int(100, 999)}`, ` ${n}`, `_${n}`, "", " (sua)", "_final"]);
    const name = `${stem}${suffix}.${ext}`;
    const key = name.toLowerCase();
    if (!taken.has(key)) {
      taken.add(key);
      return name;
    }
  }
}
