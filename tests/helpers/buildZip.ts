import { zipOf } from "../../bench/fuzz/zipOf.ts";

/** A ZIP archive with stored (uncompressed) entries, for files that are zips but not workbooks. */
export function buildZip(entries: { name: string; content: string | Buffer }[]): Buffer {
  return zipOf(entries.map((e) => ({ name: e.name, data: typeof e.content === "string" ? Buffer.from(e.content, "utf8") : e.content })));
}
