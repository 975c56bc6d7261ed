import type { Table } from "../table/Table.ts";
import type { Issuer } from "../config/loadExportSettings.ts";

/** What heads every exported sheet: the issuing authority and the place-and-date line. */
export interface Heading {
  issuer: Issuer;
  /** "Hà Nội, ngày 22 tháng 11 năm 2026" */
  placeDate: string;
}

/** One printable sheet: the official heading, a title block, one table and a notes block. */
export interface SheetDocument {
  name: string;
  /** Upper-case title, in bold. */
  title: string;
  /** Lines under the title: the first in bold, the others in italics. */
  subtitles: string[];
  table: Table;
  /** Paragraphs under "Ghi chú:". */
  notes: string[];
}
