import type { Grid, GridRow } from "../read/Grid.ts";
import { foldText } from "../normalize/foldText.ts";
import { normalizeText } from "../normalize/normalizeText.ts";
import { cellString } from "./cellString.ts";
import { memoizeString } from "../util/memoizeString.ts";
import type { FormSpec } from "./formSpecs.ts";

export interface FoundTable<F extends string> {
  form: FormSpec<F>;
  /** Index in grid.rows of the (last) header row; data starts after it. */
  headerIndex: number;
  headerRowNumbers: number[];
  /** field → 0-based column */
  columns: Map<F, number>;
  /** field → header text as written, for messages */
  headerTexts: Map<F, string>;
  missingRequired: F[];
}

const HEADER_SCAN_ROWS = 20;

/** Finds the header row (or two-row header) of a form's table within the first 20 rows of a sheet. */
export function findTable<F extends string>(grid: Grid, spec: FormSpec<F>): FoundTable<F> | null {
  const match = headerMatcher(spec);
  for (let i = 0; i < grid.rows.length; i++) {
    const row = grid.rows[i]!;
    if (row.rowNumber > HEADER_SCAN_ROWS) break;
    const single = mapColumns([row], match);
    const next = grid.rows[i + 1];
    const double = next && next.rowNumber === row.rowNumber + 1 ? mapColumns([row, next], match) : null;
    // A title or header-block line right above a one-row header must not pass for a group header;
    // a row into which header cells are merged down is part of the header even if it adds no column.
    const mergedDown = next?.cells.some((c) => c.mergedFrom === -1) ?? false;
    const takeDouble = double !== null && double.usesUpperRow && (double.columns.size > single.columns.size || (mergedDown && double.columns.size >= single.columns.size));
    const best = takeDouble ? { ...double, headerIndex: i + 1, rows: [row, next!] } : { ...single, headerIndex: i, rows: [row] };
    if (!identifies(spec, best.columns)) continue;
    const missingRequired = spec.columns
      .filter((c) => c.required && !best.columns.has(c.field))
      .filter((c) => !(spec.form === "BM-02" && c.field === ("agency_name" as F) && best.columns.has("agency_code" as F)))
      .map((c) => c.field);
    return {
      form: spec,
      headerIndex: best.headerIndex,
      headerRowNumbers: best.rows.map((r) => r.rowNumber),
      columns: best.columns,
      headerTexts: best.texts,
      missingRequired,
    };
  }
  return null;
}

function identifies<F extends string>(spec: FormSpec<F>, columns: Map<F, number>): boolean {
  if (spec.form === "BM-02") {
    return (columns.has("agency_name" as F) || columns.has("agency_code" as F)) && columns.has("total" as F);
  }
  return spec.identifiedBy.every((f) => columns.has(f));
}

interface HeaderMatch<F> {
  field: F;
  canonical: boolean;
}

/** Maps a header cell's text to the form field it names, or undefined; each text is matched once. */
type HeaderMatcher<F> = (text: string) => HeaderMatch<F> | undefined;

// Built once per form: every sheet of every file is searched with the same lookup.
const matchers = new WeakMap<FormSpec<string>, HeaderMatcher<string>>();

function headerMatcher<F extends string>(spec: FormSpec<F>): HeaderMatcher<F> {
  const known = matchers.get(spec);
  if (known) return known as HeaderMatcher<F>;
  const lookup = new Map<string, HeaderMatch<F>>();
  for (const column of spec.columns) {
    column.headers.forEach((header, i) => {
      for (const key of headerKeys(header)) {
        if (!lookup.has(key)) lookup.set(key, { field: column.field, canonical: i === 0 });
      }
    });
  }
  const matcher = memoizeString((text) => {
    for (const key of headerKeys(text)) {
      const match = lookup.get(key);
      if (match) return match;
    }
    return undefined;
  });
  matchers.set(spec, matcher);
  return matcher;
}

/** The exact folded text, and the text without a trailing "(...)", "*" or ":". */
function headerKeys(text: string): string[] {
  const folded = foldText(text).replace(/[\s:*]+$/, "");
  const bare = folded.replace(/\s*\((?:\*|\d+|%|[^)]{0,12})\)\s*$/, "").replace(/[\s:*]+$/, "");
  return bare && bare !== folded ? [folded, bare] : [folded];
}

function mapColumns<F extends string>(rows: GridRow[], matchHeader: HeaderMatcher<F>) {
  const width = Math.max(...rows.map((r) => r.cells.length));
  const candidates = new Map<F, { col: number; canonical: boolean; text: string; upper: boolean }[]>();
  for (let col = 0; col < width; col++) {
    const texts = rows.map((r) => cellString(r.cells[col]?.value));
    // In a two-row header the sub-header names the column; the group header above only when alone.
    const options = rows.length === 2 ? [texts[1]!, texts[0]!, `${texts[0]} ${texts[1]}`] : [texts[0]!];
    for (const [k, text] of options.entries()) {
      if (!text.trim()) continue;
      const match = matchHeader(text);
      if (!match) continue;
      const list = candidates.get(match.field) ?? [];
      // The upper row names this column: by its own text, or by a cell merged down over the lower row.
      const upper = rows.length === 2 && (k > 0 || rows[1]!.cells[col]?.mergedFrom === -1);
      list.push({ col, canonical: match.canonical, text: normalizeText(text), upper });
      candidates.set(match.field, list);
      break;
    }
  }
  const columns = new Map<F, number>();
  const texts = new Map<F, string>();
  let usesUpperRow = false;
  for (const [field, list] of candidates) {
    const chosen = list.find((c) => c.canonical) ?? list[0]!;
    columns.set(field, chosen.col);
    texts.set(field, chosen.text);
    usesUpperRow ||= chosen.upper;
  }
  return { columns, texts, usesUpperRow };
}
