import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodeTextBytes } from "../../pipeline/read/decodeTextBytes.ts";
import { encodeText, toWindows1258Form } from "../helpers/textFile.ts";

const TEXT = "Cơ quan báo cáo;Ủy ban nhân dân tỉnh Thừa Thiên Huế\r\nTên hệ thống thông tin;Cấp độ;Đã phê duyệt;Đầy đủ\r\n";

describe("decodeTextBytes", () => {
  it("reads UTF-8 with and without BOM, dropping the BOM", () => {
    expect(decodeTextBytes(encodeText(TEXT, "utf-8"))).toEqual({ text: TEXT, encoding: "utf-8" });
    expect(decodeTextBytes(encodeText(TEXT, "utf-8-bom"))).toEqual({ text: TEXT, encoding: "utf-8-bom" });
  });

  it("reads UTF-16 LE and BE by their BOM, dropping it", () => {
    expect(decodeTextBytes(encodeText(TEXT, "utf-16le-bom"))).toEqual({ text: TEXT, encoding: "utf-16le" });
    expect(decodeTextBytes(encodeText(TEXT, "utf-16be-bom"))).toEqual({ text: TEXT, encoding: "utf-16be" });
  });

  it("recognises UTF-16 LE and BE without a BOM", () => {
    expect(decodeTextBytes(encodeText(TEXT, "utf-16le"))).toEqual({ text: TEXT, encoding: "utf-16le" });
    expect(decodeTextBytes(iconv.encode(TEXT, "utf16be"))).toEqual({ text: TEXT, encoding: "utf-16be" });
  });

  it("reads Windows-1258 (base letters precomposed, tone marks combining) back to the same text in NFC", () => {
    const data = encodeText(TEXT, "windows-1258");
    expect(data.includes(0xd2) || data.includes(0xf2)).toBe(true); // combining hook / dot below bytes
    const decoded = decodeTextBytes(data);
    expect(decoded.encoding).toBe("windows-1258");
    expect(decoded.text).toBe(toWindows1258Form(TEXT));
    expect(decoded.text.normalize("NFC")).toBe(TEXT);
  });

  it("reads TCVN3 bytes typed without a font as TCVN3", () => {
    // "Hà Nội;Cấp độ;Đã phê duyệt" in TCVN3 (ABC): à=µ ộ=é ấ=Ê đ=® Đ=§ ã=· ê=ª ệ=Ö
    const decoded = decodeTextBytes(iconv.encode("Hµ Néi;CÊp ®é;§· phª duyÖt\r\n", "windows1252"));
    expect(decoded).toEqual({ text: "Hà Nội;Cấp độ;Đã phê duyệt\r\n", encoding: "tcvn3" });
  });

  it("keeps plain ASCII as UTF-8", () => {
    expect(decodeTextBytes(Buffer.from("STT,Ten,Cap do\r\n1,A,3\r\n"))).toEqual({ text: "STT,Ten,Cap do\r\n1,A,3\r\n", encoding: "utf-8" });
  });
});
