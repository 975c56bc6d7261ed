import type { PartKind } from "./PartKind.ts";

const EXACT: Record<string, PartKind> = {
  "_rels/.rels": "rootRels",
  "xl/workbook.xml": "workbook",
  "xl/_rels/workbook.xml.rels": "workbookRels",
  "xl/sharedStrings.xml": "sharedStrings",
  "xl/styles.xml": "styles",
  "docProps/app.xml": "app",
  "docProps/core.xml": "core",
};

/**
 * How exceljs' XLSX.load treats an entry, by the same tests in the same order (its patterns are not
 * anchored, so "xl/worksheets/sheet1.xml.bak" is a worksheet to it): worksheet names and their .rels
 * other than the plain forms are "unsupported", so that the fast reader declines them.
 */
export function classifyPart(name: string): PartKind {
  const exact = EXACT[name];
  if (exact) return exact;
  if (/xl\/worksheets\/sheet(\d+)[.]xml/.test(name)) return /^xl\/worksheets\/sheet\d+\.xml$/.test(name) ? "worksheet" : "unsupported";
  if (/xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/.test(name)) return /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(name) ? "worksheetRels" : "unsupported";
  if (/xl\/theme\/([a-zA-Z0-9]+)[.]xml/.test(name) || /xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/.test(name)) return "ignored";
  if (/xl\/drawings\/([a-zA-Z0-9]+)[.]xml/.test(name) || /xl\/(comments\d+)[.]xml/.test(name) || /xl\/tables\/(table\d+)[.]xml/.test(name)
    || /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/.test(name) || /xl\/drawings\/(vmlDrawing\d+)[.]vml/.test(name)) return "unsupported";
  return "ignored";
}
