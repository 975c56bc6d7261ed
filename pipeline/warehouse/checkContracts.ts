import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { modelContractSchema, type ModelContract } from "./modelContract.ts";
import type { Model } from "./runModels.ts";
import { timed } from "../timing/timed.ts";

/** Identifiers are validated by the contract schema; quoting also allows names like "row". */
const quote = (name: string) => `"${name}"`;

export interface ContractViolation {
  model: string;
  check: string;
  failingRows: number;
}

/** Loads models/marts/<name>.contract.json for every mart; a mart without a contract is an error. */
export function loadContracts(modelsDir: string, models: Model[]): Map<string, ModelContract> {
  const contracts = new Map<string, ModelContract>();
  for (const model of models.filter((m) => m.layer === "marts")) {
    const path = join(modelsDir, model.layer, `${model.name}.contract.json`);
    if (!existsSync(path)) throw new Error(`Thiếu hợp đồng dữ liệu ${path} cho mô hình ${model.name}`);
    const parsed = modelContractSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
    if (!parsed.success) throw new Error(`Hợp đồng ${path} không hợp lệ: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    contracts.set(model.name, parsed.data);
  }
  return contracts;
}

/**
 * Checks each contract against its table: one row per key, declared columns exist, not-null
 * and accepted values hold, and every invariant holds on every row. The row checks of a model
 * are counted in one scan (a mart may be a view computed on read), the key in a second.
 */
export async function checkContracts(connection: DuckDBConnection, contracts: Map<string, ModelContract>): Promise<ContractViolation[]> {
  const violations: ContractViolation[] = [];
  for (const [model, contract] of contracts) {
    const columns = new Set((await connection.runAndReadAll(`select column_name from information_schema.columns where table_name = $1`, [model])).getRows().map((r) => String(r[0])));
    for (const column of [...contract.key, ...Object.keys(contract.columns)]) {
      if (!columns.has(column)) violations.push({ model, check: `có cột ${column}`, failingRows: 1 });
    }
    if (violations.some((v) => v.model === model)) continue;
    const key = contract.key.map(quote).join(", ");
    const duplicates = await timed(`khóa ${model}`, () => connection.runAndReadAll(`select count(*) from (select ${key} from ${quote(model)} group by all having count(*) > 1)`));
    const duplicateKeys = Number(duplicates.getRows()[0]?.[0] ?? 0);
    if (duplicateKeys > 0) violations.push({ model, check: `một dòng cho mỗi khóa (${key})`, failingRows: duplicateKeys });
    const checks = rowChecks(contract);
    if (checks.length === 0) continue;
    const values = checks.flatMap((c) => c.values);
    const counts = (await timed(`kiểm tra dòng ${model}`, () => connection.runAndReadAll(
      `select ${checks.map((c) => `count(*) filter (where ${c.failsWhen})`).join(",\n  ")} from ${quote(model)}`,
      values as never,
    ))).getRows()[0] ?? [];
    checks.forEach((c, i) => {
      const n = Number(counts[i] ?? 0);
      if (n > 0) violations.push({ model, check: c.check, failingRows: n });
    });
  }
  return violations;
}

interface RowCheck {
  check: string;
  /** A SQL condition true on a failing row; `values` are bound to its $n placeholders. */
  failsWhen: string;
  values: (string | number | boolean)[];
}

/** The contract's per-row checks in order: not-null and accepted values per column, then the invariants. */
function rowChecks(contract: ModelContract): RowCheck[] {
  const checks: RowCheck[] = [];
  let next = 1;
  for (const [column, spec] of Object.entries(contract.columns)) {
    if (spec.not_null) checks.push({ check: `${column} không rỗng`, failsWhen: `${quote(column)} is null`, values: [] });
    if (spec.accepted_values) {
      const placeholders = spec.accepted_values.map(() => `$${next++}`).join(", ");
      checks.push({
        check: `${column} ∈ {${spec.accepted_values.join(", ")}}`,
        failsWhen: `${quote(column)} is not null and ${quote(column)} not in (${placeholders})`,
        values: spec.accepted_values,
      });
    }
  }
  for (const invariant of contract.invariants) {
    checks.push({ check: invariant.description, failsWhen: `not coalesce((${invariant.holds}), false)`, values: [] });
  }
  return checks;
}
