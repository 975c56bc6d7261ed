import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { modelContractSchema, type ModelContract } from "./modelContract.ts";
import type { Model } from "./runModels.ts";

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
 * and accepted values hold, and every invariant holds on every row.
 */
export async function checkContracts(connection: DuckDBConnection, contracts: Map<string, ModelContract>): Promise<ContractViolation[]> {
  const violations: ContractViolation[] = [];
  const count = async (model: string, check: string, sql: string, values?: (string | number | boolean)[]) => {
    const reader = await connection.runAndReadAll(sql, values as never);
    const n = Number(reader.getRows()[0]?.[0] ?? 0);
    if (n > 0) violations.push({ model, check, failingRows: n });
  };
  for (const [model, contract] of contracts) {
    const columns = new Set((await connection.runAndReadAll(`select column_name from information_schema.columns where table_name = $1`, [model])).getRows().map((r) => String(r[0])));
    for (const column of [...contract.key, ...Object.keys(contract.columns)]) {
      if (!columns.has(column)) violations.push({ model, check: `có cột ${column}`, failingRows: 1 });
    }
    if (violations.some((v) => v.model === model)) continue;
    const key = contract.key.map(quote).join(", ");
    await count(model, `một dòng cho mỗi khóa (${key})`, `select count(*) from (select ${key} from ${quote(model)} group by all having count(*) > 1)`);
    for (const [column, spec] of Object.entries(contract.columns)) {
      if (spec.not_null) await count(model, `${column} không rỗng`, `select count(*) from ${quote(model)} where ${quote(column)} is null`);
      if (spec.accepted_values) {
        const placeholders = spec.accepted_values.map((_, i) => `$${i + 1}`).join(", ");
        await count(model, `${column} ∈ {${spec.accepted_values.join(", ")}}`, `select count(*) from ${quote(model)} where ${quote(column)} is not null and ${quote(column)} not in (${placeholders})`, spec.accepted_values);
      }
    }
    for (const invariant of contract.invariants) {
      await count(model, invariant.description, `select count(*) from ${quote(model)} where not coalesce((${invariant.holds}), false)`);
    }
  }
  return violations;
}
