import type { Row } from "./warehouse.ts";

/**
 * Rows as columns — `{n, columns: {name: values[] | {dict, index}}}` — so a table of thousands of
 * rows does not repeat its keys; strings that repeat (names, periods, codes) are dictionary-coded.
 * `components/unpack.js` turns it back into rows in the page. Numbers are kept exactly as the
 * warehouse gave them.
 */
export interface Packed {
  n: number;
  columns: Record<string, unknown[] | { dict: unknown[]; index: number[] }>;
}

export function pack(rows: Row[], keys: string[] = Object.keys(rows[0] ?? {})): Packed {
  const columns: Packed["columns"] = {};
  for (const key of keys) {
    const values = rows.map((r) => (r[key] === undefined ? null : r[key]));
    const distinct = new Map<unknown, number>();
    for (const v of values) if (typeof v === "string" && !distinct.has(v)) distinct.set(v, distinct.size);
    const strings = values.filter((v) => typeof v === "string").length;
    if (strings > 0 && distinct.size * 2 <= strings) {
      const dict = [...distinct.keys(), null];
      columns[key] = { dict, index: values.map((v) => (typeof v === "string" ? distinct.get(v)! : dict.length - 1)) };
    } else {
      columns[key] = values;
    }
  }
  return { n: rows.length, columns };
}
