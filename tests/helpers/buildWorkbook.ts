import ExcelJS from "exceljs";

/** What a test puts in a cell: a plain value, a formula with its cached result, text in a given font, or rich text runs. */
export type CellInput =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | { formula: string; result?: string | number | boolean | Date | { error: string }; font?: string; sharedRef?: string }
  | { sharedFormula: string; result?: string | number | boolean | Date }
  | { text: string; font: string }
  | { richText: { text: string; font?: string }[] }
  | { number: number; numFmt: string };

export interface SheetInput {
  name: string;
  state?: "visible" | "hidden" | "veryHidden";
  /** rows[0] is sheet row `firstRow` (default 1); `[]` leaves a row empty. */
  rows: CellInput[][];
  firstRow?: number;
  /** Ranges such as "A1:C1"; only the top-left cell of a range should carry a value. */
  merges?: string[];
  /** 1-based sheet rows to hide. */
  hiddenRows?: number[];
  /** Font of every text cell without a font of its own (e.g. ".VnTime" for a sheet typed in TCVN3). */
  font?: string;
}

/** An .xlsx file, built in memory the way Excel would save it (formula cells keep their cached results). */
export async function buildWorkbook(sheets: SheetInput[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const input of sheets) {
    const sheet = workbook.addWorksheet(input.name, { state: input.state ?? "visible" });
    const firstRow = input.firstRow ?? 1;
    input.rows.forEach((values, i) => {
      values.forEach((value, j) => {
        if (value === null || value === undefined) return;
        writeCell(sheet.getCell(firstRow + i, j + 1), value, input.font);
      });
    });
    for (const range of input.merges ?? []) sheet.mergeCells(range);
    for (const row of input.hiddenRows ?? []) sheet.getRow(row).hidden = true;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeCell(cell: ExcelJS.Cell, value: Exclude<CellInput, null | undefined>, sheetFont: string | undefined): void {
  if (typeof value === "object" && !(value instanceof Date)) {
    if ("formula" in value) {
      // sharedRef makes this the master of a shared formula over that range, as Excel writes a filled-down column.
      const shared = value.sharedRef ? { shareType: "shared", ref: value.sharedRef } : {};
      cell.value = { formula: value.formula, result: value.result, ...shared } as ExcelJS.CellFormulaValue;
      const font = value.font ?? sheetFont;
      if (font) cell.font = { name: font };
    } else if ("sharedFormula" in value) {
      cell.value = { sharedFormula: value.sharedFormula, result: value.result } as ExcelJS.CellSharedFormulaValue;
    } else if ("richText" in value) {
      cell.value = { richText: value.richText.map((run) => (run.font ? { text: run.text, font: { name: run.font } } : { text: run.text })) };
    } else if ("number" in value) {
      cell.value = value.number;
      cell.numFmt = value.numFmt;
    } else {
      cell.value = value.text;
      cell.font = { name: value.font };
    }
    return;
  }
  cell.value = value;
  if (typeof value === "string" && sheetFont) cell.font = { name: sheetFont };
}
