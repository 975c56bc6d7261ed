import type { Ymd } from "./types.ts";

/** A cell as laid out, before it is written to a workbook or a CSV line. */
export type Cell =
  | string
  | number
  | null
  | { date: Ymd }
  | { num: number; fmt: string }
  | { formula: string; result: number | string; fmt?: string };

/**
 * A sheet as a grid of cells (1-based rows and columns), with merges and a
 * little formatting: the common layout that the xlsx, CSV and HTML writers
 * turn into bytes.
 */
export class Grid {
  readonly rows: (Cell[] | undefined)[] = [];
  readonly merges: [number, number, number, number][] = [];
  readonly boldRows = new Set<number>();
  readonly wrapRows = new Set<number>();
  readonly hiddenRows = new Set<number>();
  readonly widths: number[] = [];
  state: "visible" | "hidden" | "veryHidden" = "visible";

  constructor(public name: string) {}

  set(r: number, c: number, v: Cell): void {
    let row = this.rows[r];
    if (!row) {
      row = [];
      this.rows[r] = row;
    }
    row[c] = v;
  }

  get(r: number, c: number): Cell {
    return this.rows[r]?.[c] ?? null;
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r2 > r1 || c2 > c1) this.merges.push([r1, c1, r2, c2]);
  }

  get rowCount(): number {
    return Math.max(0, this.rows.length - 1);
  }

  get colCount(): number {
    let max = 0;
    for (const row of this.rows) if (row) max = Math.max(max, row.length - 1);
    for (const m of this.merges) max = Math.max(max, m[3]);
    return max;
  }

  /** Applies `f` to every string, including formula text. */
  mapStrings(f: (s: string) => string): void {
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === "string") row[c] = f(v);
        else if (v && typeof v === "object" && "formula" in v) {
          row[c] = { ...v, formula: f(v.formula), result: typeof v.result === "string" ? f(v.result) : v.result };
        }
      }
    }
  }
}
