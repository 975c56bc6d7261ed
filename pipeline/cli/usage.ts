/** The command line help, in Vietnamese: kept apart so that printing it loads nothing else. */
export const EXPORT_USAGE = `  capdo export --out THƯ_MỤC [--db TỆP] [--period YYYY-MM] [--export-settings TỆP]
      Ghi bảng xếp hạng xep-hang-YYYY-MM.xlsx (kèm các tệp CSV) và danh sách tuan-thu-YYYY-MM-<mã>.xlsx
      của từng cơ quan vào THƯ_MỤC/exports (thay trọn thư mục khi ghi xong). Kho dữ liệu là
      THƯ_MỤC/capdo.duckdb, hoặc TỆP nếu có --db; mặc định là kỳ mới nhất có số liệu.
`;

export const TEMPLATE_USAGE = `  capdo template --form BM-01|BM-02 [--agency MÃ] [--period YYYY-MM] --out TỆP.xlsx
      Ghi biểu mẫu trống để cơ quan điền: phần đầu điền sẵn cơ quan và kỳ (nếu có), danh sách chọn,
      kiểm tra dữ liệu nhập, trang "Hướng dẫn"; tệp đã điền được nạp không có cảnh báo.
`;

export const DASHBOARD_USAGE = `  capdo dashboard --out THƯ_MỤC [--db TỆP] [--agency MÃ]
      Dựng lại trang tổng hợp (trang web tĩnh, không cần mạng) vào THƯ_MỤC/site từ kho dữ liệu
      THƯ_MỤC/capdo.duckdb (hoặc TỆP nếu có --db). Với --agency: bản riêng cho một cơ quan, vào
      THƯ_MỤC/site-MÃ, chỉ có số liệu của cơ quan đó và số liệu chung toàn quốc, nhóm.
      Xem trang: npm run preview -- THƯ_MỤC/site
`;

export const USAGE = `capdo — thống kê an toàn hệ thống thông tin theo cấp độ

Cách dùng:
  capdo run --sources THƯ_MỤC --out THƯ_MỤC [--no-dashboard] [--rehash] [--aliases TỆP] [--settings TỆP]
      Đọc mọi tệp báo cáo trong THƯ_MỤC nguồn, ghi kho dữ liệu OUT/capdo.duckdb và in tóm tắt.
      Tệp không đổi kể từ lần chạy trước (cùng kích thước, thời điểm sửa đổi) không được đọc lại;
      --rehash: đọc lại và tính lại mã băm SHA-256 của mọi tệp.
  capdo build (--out THƯ_MỤC | --db TỆP) [--settings TỆP]
      Dựng lại các bảng tính toán (mô hình) của kho dữ liệu có sẵn mà không đọc lại tệp nguồn,
      ví dụ sau khi sửa cấu hình.
  capdo check TỆP… [--aliases TỆP]
      Kiểm tra tệp báo cáo (không nạp gì) và in mọi lỗi, để cơ quan sửa trước khi gửi.
${EXPORT_USAGE}${TEMPLATE_USAGE}${DASHBOARD_USAGE}  capdo --version
      In phiên bản của capdo.
`;
