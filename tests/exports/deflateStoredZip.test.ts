import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, inflateRawSync } from "node:zlib";
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
// exceljs's own zip library: an independent writer of stored zips (and what exceljs uses underneath).
import JSZip from "jszip";
import { deflateStoredZip } from "../../exports/xlsx/deflateStoredZip.ts";
import { writeWorkbook } from "../../exports/xlsx/writeWorkbook.ts";
import type { WorkbookDocument } from "../../exports/xlsx/WorkbookDocument.ts";
import type { Heading } from "../../exports/xlsx/SheetDocument.ts";

/** One entry as the test reads it, independently of the module: central directory fields checked against the local header. */
interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  externalAttributes: number;
  /** The entry's bytes as stored in the file (deflated for method 8). */
  raw: Buffer;
}

function readZip(zip: Buffer): ZipEntry[] {
  const eocd = zip.length - 22;
  expect(zip.readUInt32LE(eocd)).toBe(0x06054b50);
  const count = zip.readUInt16LE(eocd + 10);
  const centralSize = zip.readUInt32LE(eocd + 12);
  const centralOffset = zip.readUInt32LE(eocd + 16);
  expect(centralOffset + centralSize).toBe(eocd);
  const entries: ZipEntry[] = [];
  let p = centralOffset;
  let expectedLocal = 0;
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(p + 28);
    const entry = {
      name: zip.toString("utf8", p + 46, p + 46 + nameLength),
      flags: zip.readUInt16LE(p + 8),
      method: zip.readUInt16LE(p + 10),
      time: zip.readUInt16LE(p + 12),
      date: zip.readUInt16LE(p + 14),
      crc: zip.readUInt32LE(p + 16),
      size: zip.readUInt32LE(p + 24),
      externalAttributes: zip.readUInt32LE(p + 38),
    };
    const compressedSize = zip.readUInt32LE(p + 20);
    const local = zip.readUInt32LE(p + 42);
    // Entries back to back, in central directory order, each local header agreeing with the central one.
    expect(local).toBe(expectedLocal);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    expect(zip.readUInt16LE(local + 6)).toBe(entry.flags);
    expect(zip.readUInt16LE(local + 8)).toBe(entry.method);
    expect(zip.readUInt16LE(local + 10)).toBe(entry.time);
    expect(zip.readUInt16LE(local + 12)).toBe(entry.date);
    expect(zip.readUInt32LE(local + 14)).toBe(entry.crc);
    expect(zip.readUInt32LE(local + 18)).toBe(compressedSize);
    expect(zip.readUInt32LE(local + 22)).toBe(entry.size);
    expect(zip.readUInt16LE(local + 26)).toBe(nameLength);
    const start = local + 30 + nameLength + zip.readUInt16LE(local + 28);
    entries.push({ ...entry, raw: zip.subarray(start, start + compressedSize) });
    expectedLocal = start + compressedSize;
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  expect(expectedLocal).toBe(centralOffset);
  expect(p).toBe(eocd);
  return entries;
}

const contentOf = (entry: ZipEntry): Buffer => (entry.method === 8 ? inflateRawSync(entry.raw) : entry.raw);

/** An xlsx as exceljs loads it (its typings want an ArrayBuffer, not a Node Buffer). */
async function loadXlsx(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(xlsx).buffer);
  return workbook;
}

const heading: Heading = {
  issuer: { from: "2020-01-01", parent: "BỘ CÔNG AN", name: "CỤC AN NINH MẠNG VÀ PHÒNG, CHỐNG TỘI PHẠM SỬ DỤNG CÔNG NGHỆ CAO" },
  placeDate: "Hà Nội, ngày 22 tháng 11 năm 2026",
};

const doc: WorkbookDocument = {
  title: "Tuân thủ tháng 9 năm 2024",
  sheets: ["Toàn quốc", "Bộ, ngành"].map((name, s) => ({
    name,
    title: "BÁO CÁO TUÂN THỦ",
    subtitles: [`Khối ${name}`, "Kỳ báo cáo: tháng 9 năm 2024"],
    table: {
      columns: [{ header: "Tên cơ quan", kind: "text", width: 40 }, { header: "Tổng số HTTT", kind: "count", width: 12 }, { header: "Tỷ lệ", kind: "rate", width: 10 }],
      rows: Array.from({ length: 300 }, (_, i) => ({ values: [`Cơ quan số ${s}-${i}`, i * 7, i % 3 === 0 ? null : (i % 10) / 10] })),
    },
    notes: ["Số liệu đến ngày 22/11/2026."],
  })),
};

/** A workbook with explicit values and styles, to read back. */
function styledWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Địa phương");
  sheet.getCell("A1").value = "Thành phố Hà Nội";
  sheet.getCell("A1").font = { name: "Times New Roman", size: 14, bold: true, italic: true, color: { argb: "FFC00000" } };
  sheet.getCell("B1").value = 0.625;
  sheet.getCell("B1").numFmt = "0.0%";
  sheet.getCell("B1").alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  sheet.getCell("C1").value = -3;
  sheet.getCell("C1").numFmt = "+0;-0;0";
  sheet.getCell("C1").border = { top: { style: "thin" }, bottom: { style: "double" } };
  sheet.getCell("C1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  sheet.mergeCells("A3:C3");
  sheet.getCell("A3").value = "Ghi chú: số liệu tạm tính";
  for (let r = 5; r < 2000; r++) sheet.getRow(r).values = [`Dòng ${r}`, r, r / 7];
  workbook.addWorksheet("Bộ, ngành").getCell("A1").value = "Bộ Y tế";
  return workbook;
}

let dir: string;
let stored: Buffer;
let deflated: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "deflate-stored-zip-"));
  stored = Buffer.from(await styledWorkbook().xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  deflated = deflateStoredZip(stored);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hasPython = spawnSync("python3", ["--version"]).status === 0;
const hasUnzip = spawnSync("unzip", ["-v"]).status === 0;

/** Python's zipfile on `zip`: testzip() (every CRC over the inflated data), then name, method and size of each entry. */
function pythonZipfile(zip: Buffer): { names: [string, number, number][] } {
  const file = join(dir, `python-${Math.random().toString(36).slice(2)}.zip`);
  writeFileSync(file, zip);
  const script = [
    "import json, sys, zipfile",
    "z = zipfile.ZipFile(sys.argv[1])",
    "assert z.testzip() is None",
    "print(json.dumps([[i.filename, i.compress_type, i.file_size] for i in z.infolist()]))",
  ].join("\n");
  const result = spawnSync("python3", ["-c", script, file], { encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return { names: JSON.parse(result.stdout) };
}

describe("deflateStoredZip: an xlsx zipped by exceljs with STORE, deflated by native zlib", () => {
  it("is what exceljs writes when asked for STORE: every entry stored", () => {
    expect(readZip(stored).every((e) => e.method === 0)).toBe(true);
    expect(deflated.length).toBeLessThan(stored.length / 3);
  });

  it("reads back in exceljs with the same sheets, values, merges and styles", async () => {
    const workbook = await loadXlsx(deflated);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Địa phương", "Bộ, ngành"]);
    const sheet = workbook.getWorksheet("Địa phương")!;
    expect(sheet.getCell("A1").value).toBe("Thành phố Hà Nội");
    expect(sheet.getCell("A1").font).toEqual({ name: "Times New Roman", size: 14, bold: true, italic: true, color: { argb: "FFC00000" } });
    expect(sheet.getCell("B1").value).toBe(0.625);
    expect(sheet.getCell("B1").numFmt).toBe("0.0%");
    expect(sheet.getCell("B1").alignment).toEqual({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(sheet.getCell("C1").value).toBe(-3);
    expect(sheet.getCell("C1").numFmt).toBe("+0;-0;0");
    expect(sheet.getCell("C1").border).toMatchObject({ top: { style: "thin" }, bottom: { style: "double" } });
    expect(sheet.getCell("C1").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } });
    expect(sheet.getCell("C3").isMerged).toBe(true);
    expect(sheet.getCell("A3").value).toBe("Ghi chú: số liệu tạm tính");
    expect(sheet.getRow(1999).values).toEqual([undefined, "Dòng 1999", 1999, 1999 / 7]);
    expect(workbook.getWorksheet("Bộ, ngành")!.getCell("A1").value).toBe("Bộ Y tế");
  });

  it("deflates every entry with data (folders, empty, stay stored as JSZip writes them), and each inflates to the stored bytes exactly", () => {
    const input = readZip(stored);
    const output = readZip(deflated);
    expect(output.map((e) => e.name)).toEqual(input.map((e) => e.name));
    expect(input.filter((e) => e.size === 0).every((e) => e.name.endsWith("/"))).toBe(true);
    output.forEach((entry, i) => {
      const before = input[i]!;
      expect(entry.method).toBe(entry.size === 0 ? 0 : 8);
      expect(contentOf(entry).equals(before.raw)).toBe(true);
      expect(entry.size).toBe(before.raw.length);
      expect(entry.crc).toBe(before.crc);
      expect(crc32(contentOf(entry)) >>> 0).toBe(entry.crc);
      expect([entry.flags, entry.time, entry.date, entry.externalAttributes]).toEqual([before.flags, before.time, before.date, before.externalAttributes]);
    });
    expect(output.filter((e) => e.method === 8).length).toBeGreaterThan(8);
    // Deterministic: the same stored zip gives the same bytes.
    expect(deflateStoredZip(stored).equals(deflated)).toBe(true);
  });

  it.skipIf(!hasPython)("passes Python's zipfile testzip(), which inflates every entry and checks its CRC (skipped only when python3 is not on PATH)", () => {
    const { names } = pythonZipfile(deflated);
    expect(names).toEqual(readZip(stored).map((e) => [e.name, e.size === 0 ? 0 : 8, e.size]));
  });

  it.skipIf(!hasUnzip)("passes Info-ZIP's unzip -t (skipped only when unzip is not on PATH)", () => {
    const file = join(dir, "unzip.xlsx");
    writeFileSync(file, deflated);
    const result = spawnSync("unzip", ["-t", file], { encoding: "utf8" });
    expect(result.stdout).toContain("No errors detected");
    expect(result.status).toBe(0);
  });

  it("keeps the UTF-8 name flag and the order of a zip JSZip stored, and deflates incompressible data too", async () => {
    const zip = new JSZip();
    const noise = randomBytes(5000);
    zip.file("tệp/báo cáo.txt", "Cộng hòa xã hội chủ nghĩa Việt Nam\n".repeat(50));
    zip.file("noise.bin", noise);
    zip.file("empty.txt", "");
    const input = Buffer.from(await zip.generateAsync({ type: "nodebuffer", compression: "STORE" }));
    const output = deflateStoredZip(input);
    const entries = readZip(output);
    expect(entries.map((e) => [e.name, e.method, (e.flags & 0x0800) !== 0])).toEqual([
      ["tệp/", 0, true], ["tệp/báo cáo.txt", 8, true], ["noise.bin", 8, false], ["empty.txt", 0, false],
    ]);
    expect(contentOf(entries[2]!).equals(noise)).toBe(true);
    const back = await JSZip.loadAsync(output);
    expect(await back.file("tệp/báo cáo.txt")!.async("string")).toBe("Cộng hòa xã hội chủ nghĩa Việt Nam\n".repeat(50));
    expect((await back.file("noise.bin")!.async("nodebuffer")).equals(noise)).toBe(true);
    if (hasPython) expect(pythonZipfile(output).names.map((n) => n[0])).toEqual(["tệp/", "tệp/báo cáo.txt", "noise.bin", "empty.txt"]);
  });
});

describe("writeWorkbook", () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    xlsx = await writeWorkbook(doc, heading);
  });

  it("writes an xlsx whose entries are deflated by zlib, that exceljs reads back with the document's sheets, values and styles", async () => {
    expect(readZip(xlsx).filter((e) => e.size > 0).every((e) => e.method === 8)).toBe(true);
    const workbook = await loadXlsx(xlsx);
    expect(workbook.title).toBe("Tuân thủ tháng 9 năm 2024");
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Toàn quốc", "Bộ, ngành"]);
    const sheet = workbook.getWorksheet("Bộ, ngành")!;
    expect(sheet.getCell("A1").value).toBe("BỘ CÔNG AN");
    expect(sheet.getCell("A2").font).toMatchObject({ name: "Times New Roman", bold: true });
    let header = 1;
    while (sheet.getCell(header, 1).value !== "Tên cơ quan") header++;
    expect([1, 2, 3].map((c) => sheet.getCell(header + 1, c).value)).toEqual(["Cơ quan số 1-0", 0, null]);
    expect([1, 2, 3].map((c) => sheet.getCell(header + 300, c).value)).toEqual(["Cơ quan số 1-299", 2093, 0.9]);
    expect(sheet.getCell(header + 300, 3).numFmt).toBe("0.0%");
  });

  it.skipIf(!hasPython)("writes an xlsx that passes Python's zipfile testzip() (skipped only when python3 is not on PATH)", () => {
    expect(pythonZipfile(xlsx).names.length).toBeGreaterThan(10);
  });
});

describe("deflateStoredZip refuses what it cannot re-write faithfully", () => {
  /** A copy of the stored xlsx with `change` applied to the first file entry's central and local headers. */
  function withFirstFile(change: (zip: Buffer, central: number, local: number) => void): Buffer {
    const zip = Buffer.from(stored);
    const eocd = zip.length - 22;
    const central = zip.readUInt32LE(eocd + 16);
    change(zip, central, zip.readUInt32LE(central + 42));
    return zip;
  }

  it("throws on a zip whose entries are already deflated", async () => {
    const compressed = Buffer.from(await styledWorkbook().xlsx.writeBuffer());
    expect(() => deflateStoredZip(compressed)).toThrow(/compression method 8; only stored \(0\) entries are supported/);
    expect(() => deflateStoredZip(deflated)).toThrow(/compression method 8/);
  });

  it("throws on a truncated buffer, an empty one, or one that is not a zip", () => {
    expect(() => deflateStoredZip(stored.subarray(0, stored.length - 5))).toThrow(/no end of central directory record/);
    expect(() => deflateStoredZip(stored.subarray(0, 1000))).toThrow(/no end of central directory record/);
    expect(() => deflateStoredZip(Buffer.alloc(0))).toThrow(/too short for a zip/);
    expect(() => deflateStoredZip(Buffer.from("not a zip at all, just some text to be long enough"))).toThrow(/no end of central directory record/);
    // The front cut off: the directory's offsets no longer fit.
    expect(() => deflateStoredZip(stored.subarray(100))).toThrow(/deflateStoredZip: /);
  });

  it("throws on corrupt data (CRC-32 mismatch) and on sizes that disagree", () => {
    const corrupt = withFirstFile((zip, _central, local) => {
      const data = local + 30 + zip.readUInt16LE(local + 26);
      zip[data] = zip[data]! ^ 0xff;
    });
    expect(() => deflateStoredZip(corrupt)).toThrow(/CRC-32 mismatch/);
    const sizes = withFirstFile((zip, central) => zip.writeUInt32LE(zip.readUInt32LE(central + 20) + 1, central + 20));
    expect(() => deflateStoredZip(sizes)).toThrow(/compressed size \d+ differs from its size/);
    const localSize = withFirstFile((zip, _central, local) => {
      zip.writeUInt32LE(zip.readUInt32LE(local + 18) - 1, local + 18);
      zip.writeUInt32LE(zip.readUInt32LE(local + 22) - 1, local + 22);
    });
    expect(() => deflateStoredZip(localSize)).toThrow(/local header's CRC or sizes differ/);
    const bigger = withFirstFile((zip, central, local) => {
      for (const [at, offset] of [[central, 20], [central, 24], [local, 18], [local, 22]] as const) zip.writeUInt32LE(10_000_000, at + offset);
    });
    expect(() => deflateStoredZip(bigger)).toThrow(/runs into the central directory/);
  });

  it("throws on a data descriptor, encryption, and zip64 markers", () => {
    const descriptor = withFirstFile((zip, central, local) => {
      zip.writeUInt16LE(0x0008, central + 8);
      zip.writeUInt16LE(0x0008, local + 6);
    });
    expect(() => deflateStoredZip(descriptor)).toThrow(/data descriptor/);
    const encrypted = withFirstFile((zip, central) => zip.writeUInt16LE(0x0001, central + 8));
    expect(() => deflateStoredZip(encrypted)).toThrow(/is encrypted/);
    const zip64Entry = withFirstFile((zip, central) => zip.writeUInt32LE(0xffffffff, central + 24));
    expect(() => deflateStoredZip(zip64Entry)).toThrow(/zip64 markers/);
    const zip64Count = Buffer.from(stored);
    zip64Count.writeUInt16LE(0xffff, zip64Count.length - 22 + 10);
    expect(() => deflateStoredZip(zip64Count)).toThrow(/end of central directory has zip64 markers/);
  });
});
