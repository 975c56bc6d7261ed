import type { ZipPart } from "./ZipPart.ts";
import { decodeNamedEntities } from "./xlsx/decodeNamedEntities.ts";


/**
 * Names of the worksheets xl/workbook.xml lists (chart sheets and the like left out, through the
 * workbook's relationships), so that a sheet the reader silently drops can be noticed.
 */
export function listedWorksheets(parts: ZipPart[]): string[] {
  const part = (name: string) => parts.find((p) => p.entry.name.toLowerCase() === name)?.bytes.toString("utf8") ?? "";
  const worksheetIds = new Set<string>();
  for (const m of part("xl/_rels/workbook.xml.rels").matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    if (id && /\bType="[^"]*\/worksheet"/.test(m[0])) worksheetIds.add(id);
  }
  const names: string[] = [];
  for (const m of part("xl/workbook.xml").matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const id = /\b(?:\w+:)?id="([^"]*)"/.exec(m[0].replace(/\bsheetId="[^"]*"/, ""))?.[1];
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1] ?? "";
    if (id && worksheetIds.has(id)) names.push(decodeNamedEntities(name));
  }
  return names;
}
