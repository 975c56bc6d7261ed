import type { Agency } from "./Agency.ts";

/** How one reference (a code or a name) resolves on its own, before code and name are compared. */
export type RefResolution =
  | { status: "ok"; agency: Agency }
  | { status: "ambiguous"; agencies: Agency[]; message: string }
  | { status: "not-in-period"; agencies: Agency[]; message: string }
  | { status: "unknown"; message: string };
