import type { ReadLimits } from "../../pipeline/read/ReadLimits.ts";
import type { RawValue } from "../../pipeline/read/RawValue.ts";

/** A byte-level or part-level change to a valid workbook; positions are fractions of the file or part. */
export type Mutation =
  | { op: "truncate"; at: number }
  | { op: "flip"; at: number; xor: number }
  | { op: "overwrite"; at: number; bytes: Uint8Array }
  | { op: "insert"; at: number; bytes: Uint8Array }
  | { op: "part"; part: number; edit: PartEdit; at: number };

export type PartEdit =
  | "truncate-xml" | "drop-close-tags" | "garbage" | "empty" | "remove" | "wrong-content-type"
  | "unescaped-lt" | "far-cell" | "deep-nesting" | "bad-shared-string" | "huge-text";

export type TextEncodingCase = "utf-8" | "utf-8-bom" | "utf-16le-bom" | "utf-16le" | "utf-16be-bom" | "utf-16be" | "windows-1258";

export type ForeignFormat =
  | "encrypted-ole2" | "legacy-xls" | "html-xls" | "spreadsheetml" | "csv-as-xlsx" | "docx" | "ods" | "xlsb" | "rtf"
  | "png" | "jpeg" | "gif" | "pdf" | "encrypted-zip";

/** One generated case, as plain data (fast-check shrinks and prints it); `materialize` turns a file case into bytes. */
export type FuzzSpec =
  | { kind: "bytes"; name: string; prefix: "none" | "zip" | "ole2" | "pdf" | "png" | "html" | "utf8-bom" | "utf16-bom"; bytes: Uint8Array }
  | { kind: "workbook"; name: string; base: number; mutations: Mutation[] }
  | { kind: "csv"; name: string; table: string[][]; encoding: TextEncodingCase; separator: string; eol: string; truncate: number | null; limits: Partial<ReadLimits> }
  | { kind: "format"; name: string; format: ForeignFormat; noise: Uint8Array }
  | { kind: "bomb"; name: string; variant: "ratio" | "total" | "lying" | "many-parts"; megabytes: number }
  | { kind: "cell"; value: RawValue; numFmt: string | undefined };
