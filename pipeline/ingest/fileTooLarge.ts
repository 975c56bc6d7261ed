import type { ReadLimits } from "../read/ReadLimits.ts";

const MB = 1024 * 1024;

/** The rejection of a file over `limits.max_file_mb`, judged on its size alone (it need not be read), or null. */
export function fileTooLarge(bytes: number, limits: ReadLimits): { reasonCode: string; message: string } | null {
  if (bytes <= limits.max_file_mb * MB) return null;
  const mb = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: n < 1 ? 3 : 1 });
  const size = mb(bytes / MB);
  return {
    reasonCode: "file_too_large",
    message: `tệp nặng ${size} MB, vượt giới hạn ${mb(limits.max_file_mb)} MB (limits.max_file_mb) — báo cáo theo biểu mẫu thường dưới 1 MB; hãy xóa ảnh, trang thừa rồi gửi lại`,
  };
}
