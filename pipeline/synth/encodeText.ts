import iconv from "iconv-lite";
import type { CsvEncoding } from "./types.ts";
import { toCp1258Form } from "./toCp1258Form.ts";

/**
 * Encodes CSV text the way the sending tool did: UTF-8 with or without BOM,
 * UTF-16LE with BOM (Excel "Unicode text"), or windows-1258 with combining
 * tone marks. Checks that windows-1258 text decodes back to the same text.
 */
export function encodeText(text: string, encoding: CsvEncoding): Buffer {
  switch (encoding) {
    case "utf8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "utf8":
      return Buffer.from(text, "utf8");
    case "utf16le-tab":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "windows-1258": {
      const prepared = toCp1258Form(text);
      const bytes = iconv.encode(prepared, "windows1258");
      const back = iconv.decode(bytes, "windows1258");
      if (back.normalize("NFC") !== text.normalize("NFC")) {
        const at = [...back.normalize("NFC")].findIndex((ch, i) => ch !== [...text.normalize("NFC")][i]);
        throw new Error(`text not representable in windows-1258 near: ${JSON.stringify(text.normalize("NFC").slice(Math.max(0, at - 10), at + 10))}`);
      }
      return bytes;
    }
  }
}
