import iconv from "iconv-lite";
import { DEFAULT_READ_LIMITS } from "../../pipeline/read/defaultReadLimits.ts";
import type { FuzzSpec, Mutation, PartEdit, TextEncodingCase } from "./FuzzSpec.ts";
import type { FuzzFile } from "./FuzzFile.ts";
import { zipOf } from "./zipOf.ts";
import { toCp1258Form } from "../../pipeline/synth/toCp1258Form.ts";
import { readZipEntries } from "../../pipeline/read/readZipEntries.ts";
import { inflateZipEntry } from "../../pipeline/read/inflateZipEntry.ts";

const MB = 1024 * 1024;
const PREFIXES: Record<string, Buffer> = {
  none: Buffer.alloc(0),
  zip: Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  ole2: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  pdf: Buffer.from("%PDF-1.4\n"),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  html: Buffer.from("<html><body><table><tr><td>"),
  "utf8-bom": Buffer.from([0xef, 0xbb, 0xbf]),
  "utf16-bom": Buffer.from([0xff, 0xfe]),
};
const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const WORKBOOK = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="BM01" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>';

/** The bytes of a file case (a cell case has none). `bases` are the valid workbooks that mutations start from. */
export async function materialize(spec: Exclude<FuzzSpec, { kind: "cell" }>, bases: Buffer[]): Promise<FuzzFile> {
  const limits = { ...DEFAULT_READ_LIMITS, ...(spec.kind === "csv" ? spec.limits : {}) };
  switch (spec.kind) {
    case "bytes":
      return { name: spec.name, data: Buffer.concat([PREFIXES[spec.prefix]!, Buffer.from(spec.bytes)]) as Buffer, limits };
    case "workbook": {
      let data: Buffer = Buffer.from(bases[spec.base % bases.length]!);
      let touchedParts: string[] | null = [];
      for (const m of spec.mutations) {
        if (m.op !== "part") touchedParts = null;
        data = await mutate(data, m, touchedParts);
      }
      return { name: spec.name, data, limits, touchedParts };
    }
    case "csv": {
      const quote = (f: string) => (/["\r\n]/.test(f) || f.includes(spec.separator) ? `"${f.replace(/"/g, '""')}"` : f);
      let data = encode(spec.table.map((r) => r.map(quote).join(spec.separator)).join(spec.eol) + spec.eol, spec.encoding);
      if (spec.truncate !== null) data = data.subarray(0, Math.floor(data.length * spec.truncate));
      return { name: spec.name, data, limits };
    }
    case "format":
      return { name: spec.format === "csv-as-xlsx" ? "BaoCao.xlsx" : spec.name, data: foreign(spec.format, Buffer.from(spec.noise)), limits };
    case "bomb":
      return { name: spec.name, data: bomb(spec.variant, spec.megabytes), limits };
  }
}

function at(length: number, fraction: number): number {
  return Math.min(length, Math.floor(length * fraction));
}

async function mutate(data: Buffer, m: Mutation, touched: string[] | null): Promise<Buffer> {
  switch (m.op) {
    case "truncate":
      return data.subarray(0, at(data.length, m.at));
    case "flip": {
      const out = Buffer.from(data);
      const i = at(out.length - 1, m.at);
      if (out.length > 0) out[i] = out[i]! ^ m.xor;
      return out;
    }
    case "overwrite": {
      const out = Buffer.from(data);
      Buffer.from(m.bytes).copy(out, at(out.length, m.at));
      return out;
    }
    case "insert": {
      const i = at(data.length, m.at);
      return Buffer.concat([data.subarray(0, i), Buffer.from(m.bytes), data.subarray(i)]);
    }
    case "part":
      return editPart(data, m.part, m.edit, m.at, touched);
  }
}

/** A change inside one part of the workbook, zipped again: what a broken generator or a bad merge produces. */
async function editPart(data: Buffer, part: number, edit: PartEdit, position: number, touched: string[] | null): Promise<Buffer> {
  let parts: { name: string; data: Buffer }[];
  try {
    parts = readZipEntries(data).filter((e) => !e.name.endsWith("/")).map((e) => ({ name: e.name, data: inflateZipEntry(data, e) }));
  } catch {
    return data; // an earlier mutation already broke the zip
  }
  const names = parts.map((p) => p.name).sort();
  const sheet = names.find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)) ?? names[0];
  const name = edit === "wrong-content-type" ? "[Content_Types].xml" : ["far-cell", "bad-shared-string", "deep-nesting", "huge-text"].includes(edit) ? sheet : names[Math.floor(part * names.length)];
  const target = parts.find((p) => p.name === name);
  if (!target) return data;
  touched?.push(target.name);
  if (edit === "remove") parts = parts.filter((p) => p !== target);
  else {
    const text = target.data.toString("utf8");
    target.data = Buffer.from(editText(text, edit, at(text.length, position)), "utf8");
  }
  return zipOf(parts.map((p) => ({ ...p, deflate: true })));
}

function editText(text: string, edit: PartEdit, i: number): string {
  switch (edit) {
    case "truncate-xml": return text.slice(0, i);
    case "drop-close-tags": return text.slice(0, i) + text.slice(i).replace(/<\/[^>]+>/g, "");
    case "garbage": return "\u00ff\u00fe\u0000<<>>&&;garbage" + text.slice(i);
    case "empty": return "";
    case "wrong-content-type": return text.replace(/ContentType="[^"]*"/g, 'ContentType="text/plain"');
    case "unescaped-lt": return `${text.slice(0, i)}<${text.slice(i)}`;
    case "far-cell": return text.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>');
    case "deep-nesting": return text.replace("</sheetData>", `${"<x>".repeat(20_000)}${"</x>".repeat(20_000)}</sheetData>`);
    case "bad-shared-string": return text.replace(/(t="s"[^>]*>\s*<v>)\d+/, "$1999999");
    case "huge-text": return text.replace("</sheetData>", `<row r="9999"><c r="B9999" t="inlineStr"><is><t>${"Hệ thống ".repeat(30_000)}</t></is></c></row></sheetData>`);
    case "remove": return text;
  }
}

function encode(text: string, encoding: TextEncodingCase): Buffer {
  switch (encoding) {
    case "utf-8": return Buffer.from(text, "utf8");
    case "utf-8-bom": return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "utf-16le-bom": return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf16le")]);
    case "utf-16le": return iconv.encode(text, "utf16le");
    case "utf-16be-bom": return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf16be")]);
    case "utf-16be": return iconv.encode(text, "utf16be");
    case "windows-1258": return iconv.encode(toCp1258Form(text), "windows1258"); // tone marks as combining characters, as Windows writes them
  }
}

function foreign(format: string, noise: Buffer): Buffer {
  const ole2 = (stream: string) => {
    const header = Buffer.alloc(512);
    PREFIXES.ole2!.copy(header);
    return Buffer.concat([header, Buffer.from(stream, "utf16le"), noise]);
  };
  const text = (s: string) => Buffer.concat([Buffer.from(s, "utf8"), noise]);
  switch (format) {
    case "encrypted-ole2": return ole2("EncryptedPackage");
    case "legacy-xls": return ole2("Workbook");
    case "html-xls": return Buffer.from(`<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>STT</td><td>${noise.toString("hex")}</td></tr></table></body></html>`);
    case "spreadsheetml": return Buffer.from(`<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="BM01"><Table><Row><Cell><Data ss:Type="String">${noise.toString("hex")}</Data></Cell></Row></Table></Worksheet></Workbook>`);
    case "csv-as-xlsx": return Buffer.from(`STT,Tên hệ thống thông tin,Cấp độ\r\n1,${noise.toString("base64")},3\r\n`);
    case "docx": return zipOf([{ name: "[Content_Types].xml", data: Buffer.from(CONTENT_TYPES) }, { name: "word/document.xml", data: noise }]);
    case "ods": return zipOf([{ name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") }, { name: "content.xml", data: noise }]);
    case "xlsb": return zipOf([{ name: "[Content_Types].xml", data: Buffer.from(CONTENT_TYPES) }, { name: "xl/workbook.bin", data: noise }]);
    case "rtf": return text("{\\rtf1\\ansi BM-01 ");
    case "png": return Buffer.concat([PREFIXES.png!, noise]);
    case "jpeg": return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), noise]);
    case "gif": return Buffer.concat([Buffer.from("GIF89a"), noise]);
    case "pdf": return Buffer.concat([PREFIXES.pdf!, noise]);
    default: // encrypted-zip
      return zipOf([{ name: "[Content_Types].xml", data: Buffer.from(CONTENT_TYPES), flags: 1 }, { name: "xl/workbook.xml", data: Buffer.concat([Buffer.from(WORKBOOK), noise]), flags: 1 }]);
  }
}

function bomb(variant: "ratio" | "total" | "lying" | "many-parts", megabytes: number): Buffer {
  const head = [{ name: "[Content_Types].xml", data: Buffer.from(CONTENT_TYPES) }, { name: "xl/workbook.xml", data: Buffer.from(WORKBOOK) }];
  const blank = (bytes: number) => Buffer.alloc(bytes, 0x20);
  switch (variant) {
    case "ratio": return zipOf([...head, { name: "xl/worksheets/sheet1.xml", data: blank(megabytes * MB), deflate: true }]);
    case "total": return zipOf([...head, { name: "xl/worksheets/sheet1.xml", data: blank(megabytes * 16 * MB), deflate: true }]);
    case "lying": return zipOf([...head, { name: "xl/worksheets/sheet1.xml", data: blank(megabytes * MB), deflate: true, declaredSize: 1000 }]);
    case "many-parts": return zipOf([...head, ...Array.from({ length: megabytes * 20 }, (_, i) => ({ name: `xl/media/image${i}.bin`, data: blank(900 * 1024), deflate: true }))]);
  }
}
