import type ExcelJS from "exceljs";
import type { TemplateOptions } from "./buildTemplate.ts";
import { columnValidation } from "./columnValidation.ts";
import { addValidation } from "./addValidation.ts";
import { writeCellValue } from "../xlsx/writeCellValue.ts";
import { BODY_SIZE, FONT_NAME } from "../xlsx/styles.ts";

/**
 * Rows 4–7 of a template: "label | value" pairs (labels over columns A–C, values over D–H) as the
 * parser's header block reads them. Prefilled agency values are locked; the rest stays editable,
 * with a prompt, and the report date must be a date not before the period.
 */
export function writeHeaderBlock(sheet: ExcelJS.Worksheet, options: TemplateOptions): void {
  const prompts = {
    agency: "Tên bộ, ngành, địa phương báo cáo, ví dụ \"Tỉnh Bắc Ninh\" hoặc \"Bộ Y tế\".",
    code: "Mã cơ quan trong danh mục, ví dụ \"T27\" hoặc \"BYT\" (không bắt buộc).",
    period: "Ví dụ \"Tháng 8/2024\"; báo cáo theo quý ghi \"Quý III/2024\".",
  };
  const periodText = options.period ? `Tháng ${Number(options.period.slice(5, 7))}/${options.period.slice(0, 4)}` : null;
  const rows: [string, string | null, boolean, string][] = [
    ["Cơ quan báo cáo:", options.agency?.name ?? null, options.agency !== undefined, prompts.agency],
    ["Mã cơ quan:", options.agency?.code ?? null, options.agency !== undefined, prompts.code],
    ["Kỳ báo cáo:", periodText, false, prompts.period],
    ["Ngày báo cáo:", null, false, ""],
  ];
  rows.forEach(([label, value, locked, prompt], i) => {
    const r = 4 + i;
    sheet.mergeCells(r, 1, r, 3);
    sheet.mergeCells(r, 4, r, 8);
    const labelCell = sheet.getCell(r, 1);
    writeCellValue(labelCell, label);
    labelCell.font = { name: FONT_NAME, size: BODY_SIZE, bold: true };
    labelCell.alignment = { horizontal: "right", vertical: "middle" };
    const cell = sheet.getCell(r, 4);
    const isDate = label === "Ngày báo cáo:";
    if (value !== null) writeCellValue(cell, value);
    cell.numFmt = isDate ? "dd/mm/yyyy" : "@";
    cell.font = { name: FONT_NAME, size: BODY_SIZE };
    cell.alignment = { horizontal: "left", vertical: "middle" };
    cell.border = { bottom: { style: "dotted" } };
    cell.protection = { locked };
    if (isDate) {
      const minDate = options.period ? new Date(`${options.period}-01T00:00:00Z`) : undefined;
      addValidation(sheet, cell.address, { ...columnValidation("date", { minDate })!, prompt: "Ngày ký báo cáo, dạng ngày/tháng/năm, ví dụ 15/08/2024." });
    } else if (!locked) {
      addValidation(sheet, cell.address, {
        type: "textLength", operator: "lessThanOrEqual", formulae: [200], allowBlank: true, showInputMessage: true, promptTitle: label.replace(":", ""), prompt,
        showErrorMessage: true, errorTitle: "Giá trị không hợp lệ", error: "Tối đa 200 ký tự.",
      });
    }
  });
}
