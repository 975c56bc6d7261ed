import type ExcelJS from "exceljs";
import type { ColumnKind } from "../table/Table.ts";
import { ALIGNMENT, BODY_SIZE, FONT_NAME, NUMBER_FORMATS, THIN_BORDER } from "./styles.ts";

type Style = Partial<ExcelJS.Style>;

// Per kind: [plain number, plain text, bold number, bold text].
const shared = new Map<ColumnKind, Style[]>();

/**
 * The whole style of a table body cell, as one object shared by every such cell: exceljs recognises
 * a style object it has already written, instead of describing each cell's style anew. Assign it as
 * `cell.style` and never change it through the cell.
 */
export function tableCellStyle(kind: ColumnKind, options: { bold: boolean; text: boolean }): Style {
  let styles = shared.get(kind);
  if (styles === undefined) {
    styles = [false, true].flatMap((bold) => [false, true].map((text): Style => ({
      numFmt: NUMBER_FORMATS[text ? "text" : kind],
      font: { name: FONT_NAME, size: BODY_SIZE, bold },
      alignment: ALIGNMENT[kind],
      border: THIN_BORDER,
    })));
    shared.set(kind, styles);
  }
  return styles[(options.bold ? 2 : 0) + (options.text ? 1 : 0)]!;
}
