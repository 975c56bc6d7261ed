import type ExcelJS from "exceljs";
import type { FormCode } from "../../pipeline/forms/formSpecs.ts";
import type { TemplateColumn } from "./templateColumns.ts";
import { TEMPLATE_HEADER_ROW } from "./templateLayout.ts";
import { writeCellValue } from "../xlsx/writeCellValue.ts";
import { estimateLines, rowHeight } from "../xlsx/estimateLines.ts";
import { BODY_SIZE, FONT_NAME, THIN_BORDER, TITLE_SIZE } from "../xlsx/styles.ts";

const GENERAL: Record<FormCode, string[]> = {
  "BM-01": [
    "Biểu BM-01 là danh mục các hệ thống thông tin (HTTT) do cơ quan quản lý, vận hành và cấp độ an toàn của từng HTTT (Nghị định số 85/2016/NĐ-CP, Thông tư số 12/2022/TT-BTTTT). Mỗi tệp là báo cáo của một cơ quan cho một kỳ.",
    "Báo cáo hằng tháng, gửi trước ngày 20 của tháng báo cáo (Nghị định số 09/2019/NĐ-CP); báo cáo theo quý gửi trước ngày 20 của tháng cuối quý.",
    "Ghi \"Cơ quan báo cáo\", \"Mã cơ quan\" (nếu biết), \"Kỳ báo cáo\" (ví dụ \"Tháng 8/2024\" hoặc \"Quý III/2024\") và \"Ngày báo cáo\" (ngày ký báo cáo, dạng ngày/tháng/năm) ở phần đầu biểu.",
    `Mỗi HTTT ghi một dòng, bắt đầu từ dòng ${TEMPLATE_HEADER_ROW + 1}; không để trống tên HTTT và cấp độ. Các ô tiêu đề đã được khóa; không đổi tên, thêm, xóa hay đổi thứ tự các cột. Cần thêm dòng thì chèn dòng ở giữa bảng để giữ danh sách chọn.`,
    "Các cột \"Cấp độ\", \"Tình trạng phê duyệt HSĐXCĐ\", \"Triển khai phương án\", \"Giám sát ATTT\" và \"Kết nối giám sát quốc gia\" chọn giá trị trong danh sách; các cột ngày ghi dạng ngày/tháng/năm.",
    "Gửi nguyên tệp .xlsx này; không chuyển sang PDF, không đặt mật khẩu, không dán ảnh chụp.",
  ],
  "BM-02": [
    "Biểu BM-02 tổng hợp số liệu bảo đảm an toàn hệ thống thông tin (HTTT) theo cấp độ, mỗi bộ, ngành, địa phương một dòng.",
    "Báo cáo hằng tháng, gửi trước ngày 20 của tháng báo cáo (Nghị định số 09/2019/NĐ-CP); báo cáo theo quý gửi trước ngày 20 của tháng cuối quý.",
    "Ghi \"Kỳ báo cáo\" (ví dụ \"Tháng 8/2024\" hoặc \"Quý III/2024\") và \"Ngày báo cáo\" (ngày ký báo cáo, dạng ngày/tháng/năm) ở phần đầu biểu; \"Cơ quan báo cáo\" là cơ quan lập biểu.",
    `Mỗi cơ quan ghi một dòng, bắt đầu từ dòng ${TEMPLATE_HEADER_ROW + 1}. Các ô tiêu đề đã được khóa; không đổi tên, thêm, xóa hay đổi thứ tự các cột. Các cột tỷ lệ được tính tự động từ số liệu, không cần nhập.`,
    "Số HTTT đã được phê duyệt không lớn hơn tổng số HTTT; số HTTT đã triển khai đầy đủ phương án không lớn hơn số HTTT đã được phê duyệt.",
    "Gửi nguyên tệp .xlsx này; không chuyển sang PDF, không đặt mật khẩu, không dán ảnh chụp.",
  ],
};

/** How each column is filled, in words. */
const HOW: Record<string, string> = {
  stt: "Số thứ tự (không bắt buộc).",
  system_code: "Mã do cơ quan tự đặt cho HTTT (không bắt buộc).",
  system_name: "Bắt buộc. Tên đầy đủ của HTTT; mỗi HTTT một dòng.",
  operator: "Đơn vị trực tiếp quản lý, vận hành HTTT (không bắt buộc).",
  level: "Bắt buộc. Chọn 1, 2, 3, 4 hoặc 5 theo hồ sơ đề xuất cấp độ.",
  approval: "Bắt buộc. Chọn Đã phê duyệt, Chưa phê duyệt hoặc Đang thẩm định.",
  decision_no: "Số quyết định phê duyệt hồ sơ đề xuất cấp độ, ví dụ 125/QĐ-UBND.",
  approval_date: "Ngày ký quyết định phê duyệt, dạng ngày/tháng/năm.",
  implementation: "Bắt buộc. Chọn Đầy đủ, Một phần hoặc Chưa triển khai; chỉ chọn Đầy đủ khi hồ sơ đã được phê duyệt.",
  assessment_date: "Ngày kiểm tra, đánh giá an toàn thông tin gần nhất, dạng ngày/tháng/năm.",
  monitored: "Chọn Có nếu HTTT được giám sát, bảo vệ bởi tổ chức chuyên nghiệp (lớp 2 của mô hình 4 lớp), ngược lại chọn Không.",
  national_connection: "Chọn Có nếu đã kết nối, chia sẻ dữ liệu giám sát với hệ thống giám sát quốc gia (lớp 4), ngược lại chọn Không.",
  drill_year: "Năm diễn tập thực chiến gần nhất, 4 chữ số (ví dụ 2024); chưa diễn tập thì để trống.",
  remark: "Thông tin khác (không bắt buộc).",
  agency_name: "Bắt buộc (hoặc ghi mã cơ quan). Tên bộ, ngành, địa phương, ví dụ Tỉnh Bắc Ninh.",
  agency_code: "Mã cơ quan trong danh mục, ví dụ T27 hoặc BYT (không bắt buộc khi đã ghi tên).",
  total: "Bắt buộc. Tổng số HTTT của cơ quan, số nguyên.",
  approved: "Bắt buộc. Số HTTT đã được phê duyệt hồ sơ đề xuất cấp độ.",
  approval_rate: "Tự tính: số đã phê duyệt chia tổng số HTTT.",
  implemented: "Bắt buộc. Số HTTT đã được phê duyệt và đã triển khai đầy đủ phương án bảo đảm an toàn.",
  implementation_rate: "Tự tính: số đã triển khai đầy đủ chia tổng số HTTT.",
  level_1: "Số HTTT cấp độ 1 (không bắt buộc).",
  level_2: "Số HTTT cấp độ 2 (không bắt buộc).",
  level_3: "Số HTTT cấp độ 3 (không bắt buộc).",
  level_4: "Số HTTT cấp độ 4 (không bắt buộc).",
  level_5: "Số HTTT cấp độ 5 (không bắt buộc).",
};

/** The "Hướng dẫn" sheet: general rules, then one line per column (name in the first column, how to fill it in the second). */
export function writeInstructions(workbook: ExcelJS.Workbook, form: FormCode, columns: TemplateColumn[]): void {
  const sheet = workbook.addWorksheet("Hướng dẫn");
  sheet.getColumn(1).width = 36;
  sheet.getColumn(2).width = 84;
  const font = { name: FONT_NAME, size: BODY_SIZE };
  let row = 1;
  const line = (text: string, style: Partial<ExcelJS.Font> = {}, size = BODY_SIZE) => {
    sheet.mergeCells(row, 1, row, 2);
    const cell = sheet.getCell(row, 1);
    writeCellValue(cell, text);
    cell.font = { ...font, ...style, size };
    cell.alignment = { vertical: "top", wrapText: true };
    sheet.getRow(row).height = rowHeight(estimateLines(text, 118, size, { bold: style.bold === true }), size);
    row++;
  };
  line(`HƯỚNG DẪN GHI BIỂU ${form}`, { bold: true }, TITLE_SIZE);
  row++;
  GENERAL[form].forEach((text, i) => line(`${i + 1}. ${text}`));
  row++;
  line("Cách ghi từng cột:", { bold: true });
  for (const [a, b, bold] of [["Cột", "Cách ghi", true] as const, ...columns.map((c) => [c.header, HOW[c.field] ?? "", false] as const)]) {
    [a, b].forEach((text, i) => {
      const cell = sheet.getCell(row, i + 1);
      writeCellValue(cell, text);
      cell.font = { ...font, bold };
      cell.alignment = { vertical: "top", wrapText: true };
      cell.border = THIN_BORDER;
    });
    sheet.getRow(row).height = rowHeight(Math.max(estimateLines(a, 34, BODY_SIZE, { bold }), estimateLines(b, 82, BODY_SIZE)), BODY_SIZE);
    row++;
  }
  sheet.pageSetup = { ...sheet.pageSetup, paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  sheet.headerFooter = { oddFooter: `&C&"${FONT_NAME},Regular"&11Trang &P` };
}
