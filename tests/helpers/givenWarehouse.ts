import { DuckDBInstance } from "@duckdb/node-api";
import { buildWarehouse } from "../../pipeline/warehouse/writeWarehouse.ts";
import { loadRegistry } from "../../pipeline/registry/index.ts";
import { settingsSchema, type Settings } from "../../pipeline/config/loadSettings.ts";
import type { PreviousRun } from "../../pipeline/warehouse/readPreviousRun.ts";
import type { IngestResult, FileRecord } from "../../pipeline/ingest/ingestSources.ts";
import type { SubmissionRecord, SystemRecord } from "../../pipeline/ingest/records.ts";
import type { Targets } from "../../pipeline/config/loadTargets.ts";
import { rebuildWithTargets } from "./rebuildWithTargets.ts";
import { rebuildWithRequirements } from "./rebuildWithRequirements.ts";

/** A hand-made system row; unspecified fields are an approved, fully implemented level-3 system. */
export interface GivenSystem {
  name?: string;
  level?: number;
  approval?: SystemRecord["approvalStatus"];
  implementation?: SystemRecord["implementationStatus"];
  approvalDate?: string | null;
  assessmentDate?: string | null;
  monitored?: SystemRecord["monitored"];
  nationalConnection?: SystemRecord["nationalConnection"];
  drillYear?: number | null;
  systemCode?: string | null;
  decisionNo?: string | null;
  approvalRaw?: string | null;
  implementationRaw?: string | null;
}

/** A hand-made report: a BM-01 with `systems`, or a BM-02 with `counts` (and optionally its "Cấp độ 1..5" counts). */
export interface GivenReport {
  agency: string;
  period: string;
  reportDate?: string | null;
  file?: string;
  quarterly?: boolean;
  systems?: GivenSystem[];
  counts?: { total: number; approved: number; implemented: number; levels?: (number | null)[] };
}

const registry = loadRegistry();

/** Builds the ingestion records the given reports would produce. */
export function givenIngest(reports: GivenReport[]): IngestResult {
  const files = new Map<string, FileRecord>();
  const submissions: SubmissionRecord[] = [];
  const systems: SystemRecord[] = [];
  reports.forEach((report, i) => {
    const form = report.counts ? "BM-02" : "BM-01";
    const file = report.file ?? `given/${report.agency}-${report.period}-${i}.xlsx`;
    const sha256 = `sha-${file}`;
    const submissionId = i + 1;
    const row = files.get(file) ?? { file, sha256, bytes: 1, status: "loaded" as const, duplicateOf: null, reasonCode: null, message: null, rowsRead: 0, rowsLoaded: 0, rowsSetAside: 0, statKey: null };
    files.set(file, row);
    submissions.push({
      submissionId, file, sha256, sheet: "Sheet1", form,
      agencyCode: report.agency, agencyNameAsWritten: null, period: report.period,
      isQuarterly: report.quarterly ?? false,
      reportDate: report.reportDate === undefined ? `${report.period}-10` : report.reportDate,
      sourceRow: form === "BM-02" ? 10 + i : null,
      statedTotal: report.counts?.total ?? null,
      statedApproved: report.counts?.approved ?? null,
      statedImplemented: report.counts?.implemented ?? null,
      statedLevels: report.counts?.levels ?? [null, null, null, null, null],
    });
    (report.systems ?? []).forEach((s, j) => {
      systems.push({
        submissionId, file, sha256, sheet: "Sheet1", row: 10 + j,
        systemCode: s.systemCode ?? null, systemName: s.name ?? `Hệ thống ${j + 1}`, operator: null,
        level: s.level ?? 3,
        approvalRaw: s.approvalRaw ?? null, approvalStatus: s.approval ?? "approved",
        decisionNo: s.decisionNo ?? null, approvalDate: s.approvalDate ?? null,
        implementationRaw: s.implementationRaw ?? null, implementationStatus: s.implementation ?? "full",
        assessmentDate: s.assessmentDate ?? null,
        monitored: s.monitored ?? "blank", nationalConnection: s.nationalConnection ?? "blank",
        drillYear: s.drillYear ?? null, remark: null,
      });
    });
    row.rowsRead += form === "BM-02" ? 1 : (report.systems ?? []).length;
    row.rowsLoaded = row.rowsRead;
  });
  return { files: [...files.values()], submissions, systems, rejectedRows: [], notes: [], statedFigures: [], reused: [], hashesTrusted: 0 };
}

export type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/**
 * Builds an in-memory warehouse from hand-made reports (every model and contract runs) and
 * hands the test a query function. Numbers come back as JS numbers.
 */
export async function withGivenWarehouse<T>(
  reports: GivenReport[],
  fn: (query: Query) => Promise<T>,
  options: { today?: string; settings?: Partial<Settings>; targets?: Targets; requirementsFile?: string; previous?: PreviousRun | null } = {},
): Promise<T> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await buildWarehouse(connection, {
      ingest: givenIngest(reports),
      registry,
      settings: settingsSchema.parse(options.settings ?? {}),
      previous: options.previous ?? null,
      run: { startedAt: new Date("2026-11-22T00:00:00Z"), runDate: options.today ?? "2026-11-22", sourcesDir: "given", version: "test" },
    });
    if (options.targets) await rebuildWithTargets(connection, options.targets);
    if (options.requirementsFile) await rebuildWithRequirements(connection, options.requirementsFile);
    const query: Query = async (sql) => {
      const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
      return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])));
    };
    return await fn(query);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
