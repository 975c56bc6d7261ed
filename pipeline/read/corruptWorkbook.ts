import { FileRejection } from "./FileRejection.ts";

/** A workbook that cannot be read as it is: the message starts the same for every such file, then says what is wrong. */
export function corruptWorkbook(detail: string): FileRejection {
  return new FileRejection("corrupt_xlsx", `sổ tính .xlsx bị hỏng hoặc không đầy đủ: ${detail}`);
}
