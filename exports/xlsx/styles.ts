import type ExcelJS from "exceljs";
import type { ColumnKind } from "../table/Table.ts";

export const FONT_NAME = "Times New Roman";
export const BODY_SIZE = 12;
export const HEADING_SIZE = 13;
export const TITLE_SIZE = 14;

export const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" },
};

/** Number formats by column kind: real numbers, shown the way a report prints them. */
export const NUMBER_FORMATS: Record<ColumnKind, string> = {
  text: "@",
  count: "#,##0",
  rate: "0.0%",
  rank: "0",
  rankChange: "+0;-0;0",
  level: "0",
};

export const ALIGNMENT: Record<ColumnKind, Partial<ExcelJS.Alignment>> = {
  text: { horizontal: "left", vertical: "middle", wrapText: true, indent: 1 },
  // Figures centred, as in Vietnamese administrative tables.
  count: { horizontal: "center", vertical: "middle" },
  rate: { horizontal: "center", vertical: "middle" },
  rank: { horizontal: "center", vertical: "middle" },
  rankChange: { horizontal: "center", vertical: "middle" },
  level: { horizontal: "center", vertical: "middle" },
};
