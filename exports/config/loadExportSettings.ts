import { readValidatedJson } from "../../pipeline/config/readValidatedJson.ts";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { isCalendarDate } from "../../pipeline/config/isCalendarDate.ts";

export const DEFAULT_EXPORT_SETTINGS_FILE = fileURLToPath(new URL("../../sources/export-settings.json", import.meta.url));


const issuerSchema = z.strictObject({
  /** First day (YYYY-MM-DD) on which this authority issues the documents. */
  from: z.string("ngày bắt đầu phải là chuỗi YYYY-MM-DD").refine(isCalendarDate, "ngày bắt đầu phải là một ngày có thật dạng YYYY-MM-DD"),
  /** The governing body, first line of the heading (e.g. "BỘ CÔNG AN"). */
  parent: z.string().trim().min(1, "phải ghi cơ quan chủ quản"),
  /** The issuing authority, second line, in bold (e.g. "CỤC AN NINH MẠNG VÀ PHÒNG, CHỐNG TỘI PHẠM SỬ DỤNG CÔNG NGHỆ CAO"). */
  name: z.string().trim().min(1, "phải ghi tên cơ quan ban hành"),
});

export const exportSettingsSchema = z.strictObject({
  description: z.union([z.string(), z.array(z.string())]).optional(),
  /** Who issues the documents, by date: the export uses the entry in force on the day it is made. */
  issuers: z.array(issuerSchema, "issuers phải là một danh sách cơ quan ban hành").min(1, "phải có ít nhất một cơ quan ban hành")
    .superRefine((list, ctx) => {
      list.forEach((issuer, i) => {
        const previous = list[i - 1];
        if (previous && previous.from >= issuer.from) {
          ctx.addIssue({ code: "custom", path: [i, "from"], message: "các mục phải xếp theo ngày bắt đầu tăng dần, không trùng ngày" });
        }
      });
    }),
  /** Place in the "<place>, ngày … tháng … năm …" line. Default Hà Nội. */
  place: z.string().trim().min(1, "phải ghi địa danh").default("Hà Nội"),
  /** The rate the "Hạng" column ranks by: the composite score of settings.json (default), or one rate. */
  rank_by: z.enum(["composite", "approval", "implementation"], "rank_by phải là composite, approval hoặc implementation").default("composite"),
});

export type ExportSettings = z.infer<typeof exportSettingsSchema>;
export type Issuer = ExportSettings["issuers"][number];

/** Reads and validates the export settings; the error names the file and each bad field in Vietnamese. */
export function loadExportSettings(file: string = DEFAULT_EXPORT_SETTINGS_FILE): ExportSettings {
  return readValidatedJson(file, exportSettingsSchema);
}
