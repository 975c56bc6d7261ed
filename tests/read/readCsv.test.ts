import { describe, expect, it } from "vitest";
import { readCsv } from "../../pipeline/read/readCsv.ts";
import type { Grid } from "../../pipeline/read/Grid.ts";
import { encodeText, textFile, type TextFileEncoding } from "../helpers/textFile.ts";

/** Each record as [line, ...fields], with fields in NFC. */
function lines(grid: Grid): (string | number)[][] {
  return grid.rows.map((row) => [row.rowNumber, ...row.cells.map((c) => String(c.value).normalize("NFC"))]);
}

const RECORDS = [
  ["Cơ quan báo cáo:", "Tỉnh Bắc Ninh", "", ""],
  ["Kỳ báo cáo:", "Tháng 8/2024", "", ""],
  ["STT", "Tên hệ thống thông tin", "Cấp độ", "Tình trạng phê duyệt HSĐXCĐ"],
  ["1", "Cổng dịch vụ công", "3", "Đã phê duyệt"],
  ["2", "Hệ thống quản lý văn bản và điều hành", "2", "Chưa phê duyệt"],
];
const EXPECTED = RECORDS.map((fields, i) => [i + 1, ...fields]);

describe("readCsv: encodings", () => {
  const cases: [TextFileEncoding, string][] = [
    ["utf-8", "utf-8"],
    ["utf-8-bom", "utf-8-bom"],
    ["utf-16le-bom", "utf-16le"],
    ["utf-16le", "utf-16le"],
    ["utf-16be-bom", "utf-16be"],
    ["windows-1258", "windows-1258"],
  ];
  for (const [encoding, detected] of cases) {
    it(`reads ${encoding}`, () => {
      const csv = readCsv(textFile(RECORDS, { encoding }));
      expect(csv.encoding).toBe(detected);
      expect(csv.delimiter).toBe(",");
      expect(csv.grid.sheetName).toBeNull();
      expect(lines(csv.grid)).toEqual(EXPECTED);
    });
  }

  it("leaves no BOM in the first cell", () => {
    const csv = readCsv(textFile([["STT", "Tên hệ thống thông tin"]], { encoding: "utf-8-bom" }));
    expect(csv.grid.rows[0]!.cells[0]!.value).toBe("STT");
  });

  it("reads Excel's 'Unicode text' export: UTF-16LE with BOM, tab-separated, CRLF", () => {
    const csv = readCsv(textFile(RECORDS, { encoding: "utf-16le-bom", separator: "\t" }));
    expect(csv).toMatchObject({ encoding: "utf-16le", delimiter: "\t" });
    expect(lines(csv.grid)).toEqual(EXPECTED);
  });

  it("keeps decomposed (NFD) text as written; matching folds it later", () => {
    const csv = readCsv(encodeText("STT,Tên hệ thống thông tin\r\n1,Cổng dịch vụ công\r\n".normalize("NFD"), "utf-8"));
    expect(csv.grid.rows[1]!.cells[1]!.value).toBe("Cổng dịch vụ công".normalize("NFD"));
  });
});

describe("readCsv: separators", () => {
  it("finds commas, semicolons and tabs", () => {
    for (const separator of [",", ";", "\t"]) {
      const csv = readCsv(textFile(RECORDS, { separator }));
      expect(csv.delimiter, JSON.stringify(separator)).toBe(separator);
      expect(lines(csv.grid)).toEqual(EXPECTED);
    }
  });

  it("picks the semicolon when unquoted commas stand inside fields (names, decimal commas)", () => {
    const data = encodeText(
      [
        "Kỳ báo cáo;Tháng 8/2024",
        "STT;Cơ quan;Tổng số HTTT;Tỷ lệ phê duyệt (%);Đơn vị quản lý, vận hành",
        "1;Bộ Công an;1.234;69,2;Cục A, Cục B",
        "2;Bộ Tư pháp;12;50,0;Cục C",
      ].join("\r\n"),
      "utf-8",
    );
    const csv = readCsv(data);
    expect(csv.delimiter).toBe(";");
    expect(lines(csv.grid)[2]).toEqual([3, "1", "Bộ Công an", "1.234", "69,2", "Cục A, Cục B"]);
  });

  it("does not count separators inside quotes", () => {
    const data = encodeText('STT,Tên hệ thống thông tin,Cấp độ\r\n1,"Hệ thống một cửa; liên thông",3\r\n2,"Cổng A; B; C",2\r\n', "utf-8");
    const csv = readCsv(data);
    expect(csv.delimiter).toBe(",");
    expect(lines(csv.grid)).toEqual([
      [1, "STT", "Tên hệ thống thông tin", "Cấp độ"],
      [2, "1", "Hệ thống một cửa; liên thông", "3"],
      [3, "2", "Cổng A; B; C", "2"],
    ]);
  });
});

describe("readCsv: physical line numbers", () => {
  it("numbers records by the line they start on; a quoted line break moves every later record down", () => {
    const records = [
      ["STT", "Tên hệ thống thông tin", "Cấp độ"],
      ["1", "Cổng dịch vụ công\n(phiên bản 2)", "3"],
      ["2", 'Hệ thống "thư điện tử"', "2"],
      ["3", "Hệ thống\nquản lý\nvăn bản", "2"],
      ["4", "Cơ sở dữ liệu", "1"],
    ];
    const csv = readCsv(textFile(records));
    expect(csv.grid.rows.map((r) => r.rowNumber)).toEqual([1, 2, 4, 5, 8]);
    expect(csv.grid.rows[1]!.cells[1]!.value).toBe("Cổng dịch vụ công\n(phiên bản 2)");
    expect(csv.grid.rows[2]!.cells[1]!.value).toBe('Hệ thống "thư điện tử"');
    expect(csv.grid.rows[3]!.cells[1]!.value).toBe("Hệ thống\nquản lý\nvăn bản");
  });

  it("gives the same records and line numbers for CRLF, LF, and Excel's CRLF with LF inside quoted cells", () => {
    const text = (eol: string, inner: string) =>
      ["Kỳ báo cáo:,Tháng 8/2024,", "", "STT,Tên hệ thống thông tin,Cấp độ", `1,"Cổng${inner}dịch vụ công",3`, "2,Thư điện tử,2", ""].join(eol);
    const expected = [
      [1, "Kỳ báo cáo:", "Tháng 8/2024", ""],
      [3, "STT", "Tên hệ thống thông tin", "Cấp độ"],
      [4, "1", "Cổng\ndịch vụ công", "3"],
      [6, "2", "Thư điện tử", "2"],
    ];
    const crlf = readCsv(encodeText(text("\r\n", "\r\n"), "utf-8"));
    expect(lines(crlf.grid)).toEqual(expected.map((r) => (r[0] === 4 ? [4, "1", "Cổng\r\ndịch vụ công", "3"] : r)));
    expect(lines(readCsv(encodeText(text("\n", "\n"), "utf-8")).grid)).toEqual(expected);
    expect(lines(readCsv(encodeText(text("\r\n", "\n"), "utf-8")).grid)).toEqual(expected);
    for (const row of crlf.grid.rows) for (const cell of row.cells) expect(String(cell.value)).not.toMatch(/\r$/);
  });

  it('numbers the lines of a "CSV (Macintosh)" file, whose lines end in a lone CR', () => {
    const data = encodeText('Kỳ báo cáo:,Tháng 8/2024\r\rSTT,Tên hệ thống thông tin,Cấp độ\r1,"Cổng\rdịch vụ công",3\r2,Thư điện tử,2\r', "utf-8");
    expect(lines(readCsv(data).grid)).toEqual([
      [1, "Kỳ báo cáo:", "Tháng 8/2024"],
      [3, "STT", "Tên hệ thống thông tin", "Cấp độ"],
      [4, "1", "Cổng\rdịch vụ công", "3"],
      [6, "2", "Thư điện tử", "2"],
    ]);
  });

  it("counts empty lines (header block above, blank lines between records) without making records of them", () => {
    const data = encodeText("Cơ quan báo cáo:;Tỉnh Bắc Ninh\r\n\r\n\r\nSTT;Tên hệ thống thông tin\r\n1;A\r\n\r\n2;B\r\n", "utf-8-bom");
    expect(lines(readCsv(data).grid)).toEqual([
      [1, "Cơ quan báo cáo:", "Tỉnh Bắc Ninh"],
      [4, "STT", "Tên hệ thống thông tin"],
      [5, "1", "A"],
      [7, "2", "B"],
    ]);
  });

  it("keeps the line numbers of a UTF-16 tab-separated file with a quoted line break", () => {
    const records = [["STT", "Tên hệ thống thông tin"], ["1", "Dòng một\nDòng hai"], ["2", "B"]];
    const csv = readCsv(textFile(records, { separator: "\t", encoding: "utf-16le-bom" }));
    expect(lines(csv.grid)).toEqual([
      [1, "STT", "Tên hệ thống thông tin"],
      [2, "1", "Dòng một\nDòng hai"],
      [4, "2", "B"],
    ]);
  });

  it("reads a last line without a line break", () => {
    const csv = readCsv(encodeText("STT,Tên\n1,A\n2,B", "utf-8"));
    expect(lines(csv.grid)).toEqual([[1, "STT", "Tên"], [2, "1", "A"], [3, "2", "B"]]);
  });
});
