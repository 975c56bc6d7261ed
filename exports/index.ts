export { writeRunExports } from "./writeRunExports.ts";
export { writeExportFolder } from "./writeExportFolder.ts";
export { writeExports, type ExportOptions } from "./writeExports.ts";
export type { WrittenFiles } from "./files/WrittenFiles.ts";
export { buildTemplate, type TemplateOptions } from "./templates/buildTemplate.ts";
