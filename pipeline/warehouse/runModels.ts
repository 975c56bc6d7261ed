import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { timed } from "../timing/timed.ts";
import { errorMessage } from "../util/errorMessage.ts";

export interface Model {
  name: string;
  layer: "staging" | "intermediate" | "marts";
  sql: string;
  dependsOn: string[];
  materialized: "view" | "table";
}

const LAYERS = ["staging", "intermediate", "marts"] as const;
const MATERIALIZATION = { staging: "view", intermediate: "view", marts: "table" } as const;
/** A model may set its materialization in its leading comments, e.g. `-- materialized: view`. */
const MATERIALIZED_DIRECTIVE = /^--\s*materialized:\s*(view|table)\b/m;

/** Reads models/<layer>/<name>.sql; a model depends on the models it selects from (CTE names aside). */
export function loadModels(modelsDir: string): Model[] {
  const models: Model[] = [];
  for (const layer of LAYERS) {
    for (const entry of readdirSync(join(modelsDir, layer)).sort()) {
      if (!entry.endsWith(".sql")) continue;
      const sql = readFileSync(join(modelsDir, layer, entry), "utf8");
      models.push({ name: basename(entry, ".sql"), layer, sql, dependsOn: [], materialized: materializationOf(sql, layer) });
    }
  }
  const names = new Set(models.map((m) => m.name));
  for (const model of models) {
    model.dependsOn = referencedModels(model.sql, names).filter((r) => r !== model.name);
  }
  return orderByDependencies(models);
}

function materializationOf(sql: string, layer: Model["layer"]): Model["materialized"] {
  const leadingComments = /^(?:[ \t]*--.*\n)*/.exec(sql)?.[0] ?? "";
  const directive = MATERIALIZED_DIRECTIVE.exec(leadingComments)?.[1];
  return directive === "view" || directive === "table" ? directive : MATERIALIZATION[layer];
}

function orderByDependencies(models: Model[]): Model[] {
  const byName = new Map(models.map((m) => [m.name, m]));
  const ordered: Model[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (model: Model, path: string[]) => {
    if (state.get(model.name) === "done") return;
    if (state.get(model.name) === "visiting") throw new Error(`Mô hình phụ thuộc vòng: ${[...path, model.name].join(" → ")}`);
    state.set(model.name, "visiting");
    for (const dep of model.dependsOn) visit(byName.get(dep)!, [...path, model.name]);
    state.set(model.name, "done");
    ordered.push(model);
  };
  for (const model of models) visit(model, []);
  return ordered;
}

/**
 * Builds every model in dependency order: staging and intermediate as views, marts as tables —
 * unless the model's leading comments say `-- materialized: view` (a large row-level mart that
 * costs more to write than to compute when read, by agency and period).
 */
export async function runModels(connection: DuckDBConnection, modelsDir: string): Promise<Model[]> {
  const models = loadModels(modelsDir);
  // Macros (the one definition of a rate, of "ranks above") come before any model uses them.
  const macrosDir = join(modelsDir, "macros");
  if (existsSync(macrosDir)) {
    for (const entry of readdirSync(macrosDir).filter((e) => e.endsWith(".sql")).sort()) {
      await connection.run(readFileSync(join(macrosDir, entry), "utf8"));
    }
  }
  for (const model of models) {
    try {
      await timed(`mô hình ${model.name}`, () => connection.run(`create or replace ${model.materialized} ${model.name} as\n${model.sql}`));
    } catch (error) {
      throw new Error(`Lỗi khi dựng mô hình ${model.layer}/${model.name}.sql: ${errorMessage(error)}`);
    }
  }
  return models;
}

/**
 * Models a query selects from. A CTE shadows a model of the same name, except inside its own
 * body: `with agency_period as (select * from agency_period)` imports the model (dbt style).
 */
export function referencedModels(sql: string, modelNames: Set<string>): string[] {
  const code = sql.replace(/--.*$/gm, "").toLowerCase();
  const ctes: { name: string; start: number; end: number }[] = [];
  for (const m of code.matchAll(/\b([a-z_][a-z0-9_]*)\s+as\s*\(/g)) {
    const open = m.index! + m[0].length - 1;
    let depth = 0;
    let end = code.length;
    for (let i = open; i < code.length; i++) {
      if (code[i] === "(") depth++;
      else if (code[i] === ")" && --depth === 0) {
        end = i;
        break;
      }
    }
    ctes.push({ name: m[1]!, start: open, end });
  }
  const cteNames = new Set(ctes.map((c) => c.name));
  const found = new Set<string>();
  for (const m of code.matchAll(/\b(?:from|join)\s+([a-z_][a-z0-9_]*)/g)) {
    const name = m[1]!;
    if (!modelNames.has(name)) continue;
    const insideOwnBody = ctes.some((c) => c.name === name && m.index! > c.start && m.index! < c.end);
    if (!cteNames.has(name) || insideOwnBody) found.add(name);
  }
  return [...found];
}
