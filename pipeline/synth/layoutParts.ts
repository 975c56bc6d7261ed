import type { Rng } from "./Rng.ts";
import type { Ymd } from "./types.ts";
import type { Cell, Grid } from "./Grid.ts";
import { days } from "./days.ts";

const SIGNER_NAMES = [
  "Nguyễn Văn An",
  "Trần Thị Bình",
  "Lê Minh Cường",
  "Phạm Thu Hà",
  "Hoàng Văn Dũng",
  "Vũ Thị Lan",
  "Đặng Quốc Huy",
  "Bùi Thị Mai",
];

/** Pieces shared by the BM-01 and BM-02 layouts. */
export const layoutParts = {
  /** Spreadsheet column letters: 1 → A, 27 → AA. */
  colLetter(c: number): string {
    let s = "";
    let n = c;
    while (n > 0) {
      const m = (n - 1) % 26;
      s = String.fromCharCode(65 + m) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  },

  /**
   * Title rows above the table. Full: issuing body on the left and the
   * national motto on the right (merged), form number, title, attachment line.
   * Returns the next free row.
   */
  title(
    g: Grid,
    o: { full: boolean; ncol: number; issuer: [string, string]; form: string; title: string; reportDate: Ymd; xlsx: boolean; rng: Rng },
  ): number {
    const span = Math.max(1, o.ncol);
    if (!o.full) {
      g.set(1, 1, o.title);
      if (o.xlsx) g.merge(1, 1, 1, span);
      g.boldRows.add(1);
      return 3;
    }
    const leftEnd = 3;
    const rightStart = 5;
    g.set(1, 1, o.issuer[0]);
    g.set(2, 1, o.issuer[1]);
    g.set(1, rightStart, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    g.set(2, rightStart, "Độc lập - Tự do - Hạnh phúc");
    g.set(4, 1, o.form);
    g.set(5, 1, o.title);
    const { y, m, d } = days.parts(o.reportDate);
    g.set(6, 1, `(Kèm theo Báo cáo số ${o.rng.int(15, 999)}/BC-${o.rng.pick(["CNTT", "STTTT", "TTTT", "VP"])} ngày ${d}/${m}/${y})`);
    if (o.xlsx) {
      g.merge(1, 1, 1, leftEnd);
      g.merge(2, 1, 2, leftEnd);
      g.merge(1, rightStart, 1, span);
      g.merge(2, rightStart, 2, span);
      g.merge(4, 1, 4, span);
      g.merge(5, 1, 5, span);
      g.merge(6, 1, 6, span);
    }
    g.boldRows.add(1).add(4).add(5);
    return 8;
  },

  /**
   * Label/value pairs (Cơ quan báo cáo / Kỳ báo cáo / Ngày báo cáo), one per
   * row; labels sometimes merged over two cells. Returns the next free row.
   */
  headerBlock(g: Grid, row: number, entries: [string, Cell][], o: { col: number; colon: boolean; mergedLabels: boolean }): number {
    let r = row;
    for (const [label, value] of entries) {
      g.set(r, o.col, o.colon ? `${label}:` : label);
      let vc = o.col + 1;
      if (o.mergedLabels) {
        g.merge(r, o.col, r, o.col + 1);
        vc = o.col + 2;
      }
      g.set(r, vc, value);
      r++;
    }
    return r;
  },

  /** Notes, place and date, and signature lines under the table. */
  notes(g: Grid, row: number, left: number, right: number, o: { place: string; reportDate: Ymd; signer: string; rng: Rng }): number {
    const { y, m, d } = days.parts(o.reportDate);
    let r = row;
    g.set(r++, left, "Ghi chú:");
    g.set(r++, left, "- Cấp độ xác định theo Nghị định số 85/2016/NĐ-CP và Thông tư số 12/2022/TT-BTTTT.");
    g.set(r++, left, "- Số liệu tính đến ngày báo cáo.");
    r++;
    g.set(r++, right, `${o.place}, ngày ${d} tháng ${m} năm ${y}`);
    g.set(r, left, "Người lập biểu");
    g.set(r++, right, o.signer);
    g.set(r, left, "(Ký, ghi rõ họ tên)");
    g.set(r++, right, "(Ký, đóng dấu)");
    r += 3;
    const [a, b] = o.rng.sample(SIGNER_NAMES, 2);
    g.set(r, left, a ?? "");
    g.set(r++, right, b ?? "");
    return r;
  },
};
