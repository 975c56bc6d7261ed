import type { Agency } from "./Agency.ts";

/** The merged 2024 + 2025 agency lists, with the lookup indexes resolution needs. */
export interface AgencyRegistry {
  /** Ministries first, then provinces; each in reference-file order (2024 list, then new 2025 agencies). */
  agencies: Agency[];
  byCode: Map<string, Agency>;
  /** Name key (see agencyNameKey) → official names and aliases with that key, with the months each applies. */
  nameIndex: Map<string, { code: string; spelling: string; alias: boolean; from: string | null; to: string | null }[]>;
  /** Two-digit official province code → the agencies that held it, with the months. */
  officialCodeIndex: Map<string, { code: string; from: string | null; to: string | null }[]>;
  /** The analyst-editable aliases in force, as loaded. */
  aliases: { alias: string; code: string; note?: string }[];
}
