import type { Ymd } from "./types.ts";
import { days } from "./days.ts";

/** A date written as text, day first (or ISO), as agencies type it. */
export function dateText(ymd: Ymd, style: string): string {
  const { y, m, d } = days.parts(ymd);
  const dd = String(d).padStart(2, "0");
  const mm = String(m).padStart(2, "0");
  switch (style) {
    case "dd/mm/yyyy":
      return `${dd}/${mm}/${y}`;
    case "d/m/yyyy":
      return `${d}/${m}/${y}`;
    case "dd-mm-yyyy":
      return `${dd}-${mm}-${y}`;
    case "d-m-yyyy":
      return `${d}-${m}-${y}`;
    case "iso":
      return ymd;
    default:
      throw new Error(`unknown date text style ${style}`);
  }
}
