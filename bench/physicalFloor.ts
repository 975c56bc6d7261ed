// The physical floor: every sheet's XML (and shared strings) inflated in-process and scanned once; CSV bytes scanned once.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { benchFiles } from "./benchFiles.ts";
import { readZipEntries } from "../pipeline/read/readZipEntries.ts";
import { inflateZipEntry } from "../pipeline/read/inflateZipEntry.ts";

const dir = process.argv[2]!;
const started = performance.now();
let cells = 0;
const countCells = (xml: Buffer) => {
  for (let i = xml.indexOf("<c "); i >= 0; i = xml.indexOf("<c ", i + 3)) cells++;
};
for (const { path, kind } of benchFiles(dir)) {
  const data = readFileSync(path);
  if (kind === "csv") {
    for (const byte of data) if (byte === 0x0a) cells++;
    continue;
  }
  try {
    for (const entry of readZipEntries(data)) {
      if (entry.name.startsWith("xl/worksheets/") || entry.name === "xl/sharedStrings.xml") countCells(inflateZipEntry(data, entry));
    }
  } catch {
    // a truncated workbook costs what was read
  }
}
process.stdout.write(JSON.stringify({ ms: performance.now() - started, cells, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
