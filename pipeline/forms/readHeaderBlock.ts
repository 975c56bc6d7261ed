import type { Grid } from "../read/Grid.ts";
import type { RawValue } from "../read/RawValue.ts";
import { foldText } from "../normalize/foldText.ts";
import { cellString } from "./cellString.ts";
import { HEADER_BLOCK_LABELS, type HeaderBlockField } from "./formSpecs.ts";

export interface HeaderBlockValue {
  value: RawValue;
  row: number;
  label: string;
}

export type HeaderBlock = Partial<Record<HeaderBlockField, HeaderBlockValue>>;

const LABELS: [string, HeaderBlockField][] = Object.entries(HEADER_BLOCK_LABELS)
  .flatMap(([field, labels]) => labels.map((l) => [foldText(l), field as HeaderBlockField] as [string, HeaderBlockField]))
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Reads "label | value" pairs above the table (rows before `endIndex`): the value is the next
 * non-empty cell to the right that is not part of the label's merged range, or the text after
 * "label:" in the same cell.
 */
export function readHeaderBlock(grid: Grid, endIndex: number): HeaderBlock {
  const block: HeaderBlock = {};
  for (let i = 0; i < endIndex; i++) {
    const row = grid.rows[i]!;
    for (let col = 0; col < row.cells.length; col++) {
      const cell = row.cells[col]!;
      if (cell.mergedFrom !== undefined) continue;
      const text = cellString(cell.value);
      if (!text.trim() || text.length > 80) continue;
      const folded = foldText(text);
      for (const [label, field] of LABELS) {
        if (block[field]) continue;
        if (folded.replace(/[\s:.]+$/, "") === label) {
          const value = valueRightOf(row.cells, col);
          if (value !== undefined) block[field] = { value, row: row.rowNumber, label: text.trim() };
          break;
        }
        const inline = folded.match(/^(.*?)\s*:\s*(.+)$/);
        if (inline && inline[1] === label) {
          block[field] = { value: text.slice(text.indexOf(":") + 1).trim(), row: row.rowNumber, label: text.trim() };
          break;
        }
      }
    }
  }
  return block;
}

function isLabel(text: string): boolean {
  const folded = foldText(text).replace(/[\s:.]+$/, "");
  return LABELS.some(([label]) => folded === label || folded.startsWith(`${label}:`));
}

function valueRightOf(cells: Grid["rows"][number]["cells"], labelCol: number): RawValue | undefined {
  for (let col = labelCol + 1; col < cells.length; col++) {
    const cell = cells[col]!;
    if (cell.mergedFrom === labelCol) continue;
    if (cell.value === null || cell.value === undefined || cellString(cell.value).trim() === "") continue;
    // An empty value followed by the next label ("Cơ quan: | | Kỳ báo cáo:") is no value.
    if (isLabel(cellString(cell.value))) return undefined;
    return cell.value;
  }
  return undefined;
}
