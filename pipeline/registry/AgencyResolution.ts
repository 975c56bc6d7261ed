import type { Agency } from "./Agency.ts";

/** Outcome of resolving a reported agency code and/or name as of a period; messages are Vietnamese. */
export type AgencyResolution =
  | { ok: true; agency: Agency }
  | { ok: false; reason: "missing" | "unknown" | "not-in-period" | "code-name-mismatch"; message: string };
