import type ExcelJS from "exceljs";
import type { FormCode } from "../../pipeline/forms/formSpecs.ts";
import { templateColumns, type InputKind, type TemplateColumn } from "./templateColumns.ts";
import { columnValidation } from "./columnValidation.ts";
import { addValidation } from "./addValidation.ts";
import { writeHeaderBlock } from "./writeHeaderBlock.ts";
import { writeInstructions } from "./writeInstructions.ts";
import { TEMPLATE_HEADER_ROW, TEMPLATE_ROWS } from "./templateLayout.ts";
import { writeCellValue } from "../xlsx/writeCellValue.ts";
import { estimateLines, rowHeight } from "../xlsx/estimateLines.ts";
import { BODY_SIZE, FONT_NAME, THIN_BORDER, TITLE_SIZE } from "../xlsx/styles.ts";

export interface TemplateOptions {
  form: FormCode;
  /** Prefilled (and locked) in the header block; for BM-02 also on the first row. */
  agency?: { code: string; name: string } | undefined;
  /** YYYY-MM, prefilled as "Tháng 9/2024". */
  period?: string | undefined;
}


const TITLES: Record<FormCode, string> = {
  "BM-01": "DANH MỤC HỆ THỐNG THÔNG TIN VÀ CẤP ĐỘ AN TOÀN HỆ THỐNG THÔNG TIN",
  "BM-02": "TỔNG HỢP SỐ LIỆU BẢO ĐẢM AN TOÀN HỆ THỐNG THÔNG TIN THEO CẤP ĐỘ",
};

const FORMATS: Record<InputKind, string> = {
  index: "0", text: "@", level: "0", approval: "@", implementation: "@", yesNo: "@",
  date: "dd/mm/yyyy", year: "0", count: "0", countUpTo: "0", rateFormula: "0.0%",
};

/**
 * A blank BM-01 or BM-02 as a workbook: title, header block (agency and period prefilled when given),
 * the columns in the contract's canonical order with formats, dropdowns and validations on the data
 * rows, a protected header (no password: it prevents slips, not edits), and a "Hướng dẫn" sheet.
 */
export async function buildTemplate(options: TemplateOptions): Promise<ExcelJS.Workbook> {
  // Loaded here, not with the module: every capdo command imports this one, few build a template.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  workbook.creator = "capdo";
  workbook.calcProperties.fullCalcOnLoad = true;
  const columns = templateColumns(options.form);
  const sheet = workbook.addWorksheet(options.form);
  const firstData = TEMPLATE_HEADER_ROW + 1;
  const lastData = TEMPLATE_HEADER_ROW + TEMPLATE_ROWS[options.form];
  const letter = (field: string) => sheet.getColumn(columns.findIndex((c) => c.field === field) + 1).letter;

  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    column.style = {
      font: { name: FONT_NAME, size: BODY_SIZE },
      numFmt: FORMATS[c.input],
      alignment: { vertical: "middle", horizontal: c.input === "text" ? "left" : "center", wrapText: c.input === "text" },
      protection: { locked: c.input === "rateFormula" },
    };
  });
  // Everything above the data rows is locked, cell by cell (the columns' style unlocks the rest).
  for (let r = 1; r <= TEMPLATE_HEADER_ROW; r++) {
    for (let c = 1; c <= columns.length; c++) sheet.getCell(r, c).protection = { locked: true };
  }
  writeTitle(sheet, options.form, columns);
  writeHeaderBlock(sheet, options);
  writeHeader(sheet, columns);

  columns.forEach((c) => {
    const col = letter(c.field);
    const validation = columnValidation(c.input, { boundCell: c.bound ? `${letter(c.bound)}${firstData}` : undefined });
    if (validation) addValidation(sheet, `${col}${firstData}:${col}${lastData}`, validation);
    if (c.input === "rateFormula" && c.ratio) {
      const [num, den] = c.ratio.map(letter) as [string, string];
      for (let r = firstData; r <= lastData; r++) {
        sheet.getCell(`${col}${r}`).value = { formula: `IF(N(${den}${r})>0,N(${num}${r})/N(${den}${r}),"")` } as ExcelJS.CellFormulaValue;
      }
    }
  });
  if (options.form === "BM-02" && options.agency) {
    for (const [field, value] of [["agency_name", options.agency.name], ["agency_code", options.agency.code]] as const) {
      const cell = sheet.getCell(`${letter(field)}${firstData}`);
      writeCellValue(cell, value);
      cell.protection = { locked: true };
    }
  }

  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: TEMPLATE_HEADER_ROW, topLeftCell: `A${firstData}`, activeCell: `A${firstData}` }];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    printTitlesRow: `${TEMPLATE_HEADER_ROW}:${TEMPLATE_HEADER_ROW}`,
  };
  sheet.headerFooter = { oddFooter: `&C&"${FONT_NAME},Regular"&11Trang &P` };
  await sheet.protect("", {
    selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true,
    insertRows: true, deleteRows: true, sort: false, autoFilter: false,
  });
  writeInstructions(workbook, options.form, columns);
  return workbook;
}

function writeTitle(sheet: ExcelJS.Worksheet, form: FormCode, columns: TemplateColumn[]): void {
  const width = columns.reduce((a, c) => a + c.width, 0);
  const lines: [string, Partial<ExcelJS.Font>][] = [
    [TITLES[form], { bold: true, size: TITLE_SIZE }],
    [`(Biểu ${form} — báo cáo hằng tháng, gửi trước ngày 20 của tháng báo cáo; cách ghi xem trang "Hướng dẫn")`, { italic: true }],
  ];
  lines.forEach(([text, font], i) => {
    sheet.mergeCells(i + 1, 1, i + 1, columns.length);
    const cell = sheet.getCell(i + 1, 1);
    writeCellValue(cell, text);
    cell.font = { name: FONT_NAME, size: BODY_SIZE, ...font };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    sheet.getRow(i + 1).height = rowHeight(estimateLines(text, width, font.size ?? BODY_SIZE, { bold: font.bold === true }), font.size ?? BODY_SIZE);
  });
}

function writeHeader(sheet: ExcelJS.Worksheet, columns: TemplateColumn[]): void {
  let lines = 1;
  columns.forEach((c, i) => {
    const cell = sheet.getCell(TEMPLATE_HEADER_ROW, i + 1);
    writeCellValue(cell, c.header);
    cell.font = { name: FONT_NAME, size: BODY_SIZE, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = THIN_BORDER;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    cell.protection = { locked: true };
    lines = Math.max(lines, estimateLines(c.header, c.width - 1, BODY_SIZE, { bold: true }));
  });
  sheet.getRow(TEMPLATE_HEADER_ROW).height = rowHeight(lines, BODY_SIZE);
}
