import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AgencyRecord, Ym } from "./types.ts";

const MINISTRY_SWITCH = "2025-03";
const PROVINCE_SWITCH = "2025-07";

function readTsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.trim() !== "");
  const head = (lines[0] ?? "").split("\t");
  return lines.slice(1).map((line) => {
    const cells = line.split("\t");
    const rec: Record<string, string> = {};
    head.forEach((h, i) => (rec[h] = (cells[i] ?? "").trim()));
    return rec;
  });
}

/** `2025-06-30` → `2025-06`; `2025-07-01` → `2025-07`. */
function monthOf(date: string): Ym | null {
  return date ? date.slice(0, 7) : null;
}

/**
 * The agencies of the reference lists (2024 and 2025), by code, with the
 * months in which each exists and its name and official code as of a period.
 */
export class AgencyRegistry {
  private readonly byCode = new Map<string, AgencyRecord>();
  /** Codes of the 2024 lists, ministries first, in list order. */
  readonly codes2024: string[] = [];
  /** Codes of the 2025 lists, in list order. */
  readonly codes2025: string[] = [];

  constructor(referenceDir: string) {
    const add = (rec: AgencyRecord) => this.byCode.set(rec.code, rec);
    for (const [file, group] of [
      ["ministries_2024.tsv", "bo_nganh"],
      ["provinces_2024.tsv", "dia_phuong"],
    ] as const) {
      for (const r of readTsv(join(referenceDir, file))) {
        const code = r["code"] ?? "";
        add({
          code,
          group,
          kind: r["kind"] || "tinh",
          name2024: r["name"] ?? null,
          name2025: null,
          officialCode2024: r["official_code"] || null,
          officialCode2025: null,
          validFrom: null,
          validTo: monthOf(r["valid_to"] ?? ""),
          absorbs: [],
          switchMonth: group === "bo_nganh" ? MINISTRY_SWITCH : PROVINCE_SWITCH,
          inList2024: true,
        });
        this.codes2024.push(code);
      }
    }
    for (const [file, group] of [
      ["ministries_2025.tsv", "bo_nganh"],
      ["provinces_2025.tsv", "dia_phuong"],
    ] as const) {
      for (const r of readTsv(join(referenceDir, file))) {
        const code = r["code"] ?? "";
        const preds = (r["predecessors"] ?? "").split(/\s+/).filter((p) => p && p !== code);
        const existing = this.byCode.get(code);
        if (existing) {
          existing.name2025 = r["name"] ?? null;
          existing.officialCode2025 = r["official_code"] || null;
          existing.absorbs = preds;
        } else {
          add({
            code,
            group,
            kind: r["kind"] || "tinh",
            name2024: null,
            name2025: r["name"] ?? null,
            officialCode2024: null,
            officialCode2025: r["official_code"] || null,
            validFrom: monthOf(r["valid_from"] ?? ""),
            validTo: null,
            absorbs: preds,
            switchMonth: group === "bo_nganh" ? MINISTRY_SWITCH : PROVINCE_SWITCH,
            inList2024: false,
          });
        }
        this.codes2025.push(code);
      }
    }
  }

  get(code: string): AgencyRecord {
    const rec = this.byCode.get(code);
    if (!rec) throw new Error(`unknown agency code ${code}`);
    return rec;
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  existsIn(code: string, period: Ym): boolean {
    const a = this.get(code);
    return (a.validFrom === null || period >= a.validFrom) && (a.validTo === null || period <= a.validTo);
  }

  /** The agency's official name as of the period (the list in force then). */
  nameAt(code: string, period: Ym): string {
    const a = this.get(code);
    const name = period < a.switchMonth ? (a.name2024 ?? a.name2025) : (a.name2025 ?? a.name2024);
    if (!name) throw new Error(`agency ${code} has no name`);
    return name;
  }

  officialCodeAt(code: string, period: Ym): string | null {
    const a = this.get(code);
    return period < a.switchMonth ? (a.officialCode2024 ?? a.officialCode2025) : (a.officialCode2025 ?? a.officialCode2024);
  }

  /** Every name any agency carries in the 2025 lists (to avoid reusing one). */
  names2025(): Set<string> {
    const out = new Set<string>();
    for (const code of this.codes2025) {
      const n = this.get(code).name2025;
      if (n) out.add(n);
    }
    return out;
  }
}
