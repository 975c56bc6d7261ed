import type { ExportSettings, Issuer } from "./loadExportSettings.ts";

/** The issuing authority in force on `date` (YYYY-MM-DD); before the first entry, the first one. */
export function issuerOn(settings: ExportSettings, date: string): Issuer {
  const inForce = settings.issuers.filter((issuer) => issuer.from <= date);
  return inForce.at(-1) ?? settings.issuers[0]!;
}
