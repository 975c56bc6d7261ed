const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Whether `period` is a month "YYYY-MM" (01–12). */
export function isPeriod(period: string): boolean {
  return PERIOD.test(period);
}

/** Throws unless `period` is a month "YYYY-MM"; a malformed period is a caller bug, not data. */
export function assertPeriod(period: string): void {
  if (!PERIOD.test(period)) {
    throw new Error(`Kỳ báo cáo "${period}" không hợp lệ: cần dạng YYYY-MM (ví dụ 2024-08).`);
  }
}
