import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { encodeText } from "../../pipeline/synth/encodeText.ts";
import { toCp1258Form } from "../../pipeline/synth/toCp1258Form.ts";
import { cleanupTemp, readCsv, synthInTemp } from "./support.ts";

describe("synth encodings", () => {
  afterAll(cleanupTemp);
  it("writes windows-1258 with combining tone marks that decode back to the same text", () => {
    const text = "Hệ thống quản lý văn bản và điều hành; Ủy ban nhân dân Tỉnh Đắk Lắk; Sở TT&TT Khánh Hòa; Quý III/2024";
    const bytes = encodeText(text, "windows-1258");
    expect(bytes.includes(0x3f)).toBe(false); // no "?" for unmappable letters
    const back = iconv.decode(bytes, "windows1258");
    expect(back).toBe(toCp1258Form(text));
    expect(back).not.toBe(text); // tones are combining marks, not precomposed
    expect(back.normalize("NFC")).toBe(text);
  });

  it("refuses text windows-1258 cannot hold", () => {
    expect(() => encodeText("Đã phê duyệt ✓", "windows-1258")).toThrow(/windows-1258/);
  });

  it("stamps every zip entry of a workbook with the workbook's own date", async () => {
    const s = await synthInTemp({ agencies: 8, months: 1 });
    const files = readCsv(join(s.expectedDir, "files.csv")).filter((m) => m["status"] === "loaded" && m["file"]!.endsWith(".xlsx"));
    expect(files.length).toBeGreaterThan(0);
    for (const m of files) {
      const buf = readFileSync(join(s.sourcesDir, m["file"]!));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      const d = wb.modified;
      const dosDate = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
      const dosTime = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2);
      const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
      let p = buf.readUInt32LE(eocd + 16);
      for (let k = 0; k < buf.readUInt16LE(eocd + 10); k++) {
        expect([buf.readUInt16LE(p + 12), buf.readUInt16LE(p + 14)]).toEqual([dosTime, dosDate]);
        p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
      }
    }
  });
});
