import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkContracts, loadContracts } from "../../pipeline/warehouse/checkContracts.ts";
import { loadModels, runModels } from "../../pipeline/warehouse/runModels.ts";
import { withDuckDB } from "../helpers/withDuckDB.ts";

function modelsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "capdo-models-"));
  for (const layer of ["staging", "intermediate", "marts"]) mkdirSync(join(dir, layer));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

const contract = {
  grain: "one row per agency per period",
  key: ["agency_code", "period"],
  columns: {
    agency_group: { description: "group", not_null: true, accepted_values: ["bo_nganh", "dia_phuong"] },
    row: { description: "a reserved word as a column name" },
  },
  invariants: [{ description: "approved ≤ total", holds: "approved <= total" }],
};

describe("model runner and contracts", () => {
  it("orders models by what they select from, ignoring CTE names that shadow model names", () => {
    const dir = modelsDir({
      "staging/stg_a.sql": "select 1 as x",
      "intermediate/int_b.sql": "with marts_c as (select * from stg_a) select * from marts_c",
      "marts/marts_c.sql": "select * from int_b",
      "marts/marts_c.contract.json": "{}",
    });
    expect(loadModels(dir).map((m) => m.name)).toEqual(["stg_a", "int_b", "marts_c"]);
  });

  it("reads a CTE named like a model as an import of that model (dbt style)", () => {
    const dir = modelsDir({
      "staging/stg_a.sql": "select 1 as x",
      "marts/marts_c.sql": "with stg_a as (select * from stg_a), final as (select * from stg_a) select * from final",
      "marts/marts_c.contract.json": "{}",
    });
    expect(loadModels(dir).map((m) => [m.name, m.dependsOn])).toEqual([["stg_a", []], ["marts_c", ["stg_a"]]]);
  });

  it("refuses a dependency cycle with the path in the message", () => {
    const dir = modelsDir({ "marts/a.sql": "select * from b", "marts/b.sql": "select * from a" });
    expect(() => loadModels(dir)).toThrow(/phụ thuộc vòng: a → b → a/);
  });

  it("finds duplicate keys, nulls, values outside the accepted list and broken invariants", async () => {
    const dir = modelsDir({
      "marts/agency_period.sql": `select * from (values
        ('T01', '2024-07', 'dia_phuong', 1, 2, 10),
        ('T01', '2024-07', 'dia_phuong', 2, 3, 10),
        ('BCA', '2024-07', null, 3, 3, 10),
        ('BYT', '2024-07', 'bo', 4, 12, 10)) as t(agency_code, period, agency_group, "row", approved, total)`,
      "marts/agency_period.contract.json": JSON.stringify(contract),
    });
    await withDuckDB(async (connection) => {
      const models = await runModels(connection, dir);
      const violations = await checkContracts(connection, loadContracts(dir, models));
      expect(violations.map((v) => [v.check, v.failingRows])).toEqual([
        ['một dòng cho mỗi khóa ("agency_code", "period")', 1],
        ["agency_group không rỗng", 1],
        ["agency_group ∈ {bo_nganh, dia_phuong}", 1],
        ["approved ≤ total", 1],
      ]);
    });
  });

  it("passes a table that keeps its contract, and requires a contract for every mart", async () => {
    const good = modelsDir({
      "marts/agency_period.sql": `select 'T01' as agency_code, '2024-07' as period, 'dia_phuong' as agency_group, 1 as "row", 2 as approved, 3 as total`,
      "marts/agency_period.contract.json": JSON.stringify(contract),
    });
    await withDuckDB(async (connection) => {
      const models = await runModels(connection, good);
      expect(await checkContracts(connection, loadContracts(good, models))).toEqual([]);
    });
    const missing = modelsDir({ "marts/x.sql": "select 1 as a" });
    expect(() => loadContracts(missing, loadModels(missing))).toThrow(/Thiếu hợp đồng dữ liệu/);
  });
});
