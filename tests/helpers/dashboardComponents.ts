import { fileURLToPath } from "node:url";

// The dashboard's own formatting and search code (plain browser JavaScript, untyped), for tests
// that compare what a page shows with the warehouse.
const COMPONENTS = fileURLToPath(new URL("../../dashboards/src/components/", import.meta.url));

export interface DashboardComponents {
  fmtRate(rate: number | null): string;
  fmtInt(n: number | null): string;
  fmtMonth(period: string | null): string;
  fmtDate(date: string | null): string;
  fmtRankChange(change: number | null): string;
  foldText(text: string): string;
  unpack(packed: unknown): Record<string, unknown>[];
  rankingRows(rows: Record<string, unknown>[], month: string, metric?: string): Record<string, unknown>[];
}

export async function dashboardComponents(): Promise<DashboardComponents> {
  const load = (name: string) => import(`${COMPONENTS}${name}.js`) as Promise<Record<string, unknown>>;
  const [format, fold, unpack, ranking] = await Promise.all([load("format"), load("foldText"), load("unpack"), load("rankingRows")]);
  return { ...format, ...fold, ...unpack, ...ranking } as unknown as DashboardComponents;
}
