import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";

export interface Model {
  name: string;
  layer: "staging" | "intermediate" | "marts";
  sql: string;
  dependsOn: string[];
}

const LAYERS = ["staging", "intermediate", "marts"] as const;
const MATERIALIZATION = { staging: "view", intermediate: "view", marts: "table" } as const;

/** Reads models/<layer>/<name>.sql; a model depends on the models it selects from (CTE names aside). */
export function loadModels(modelsDir: string): Model[] {
  const models: Model[] = [];
  for (const layer of LAYERS) {
    for (const entry of readdirSync(join(modelsDir, layer)).sort()) {
      if (!entry.endsWith(".sql")) continue;
      models.push({ name: basename(entry, ".sql"), layer, sql: readFileSync(join(modelsDir, layer, entry), "utf8"), dependsOn: [] });
    }
  }
  const names = new Set(models.map((m) => m.name));
  for (const model of models) {
    const code = model.sql.replace(/--.*$/gm, "").toLowerCase();
    const ctes = new Set([...code.matchAll(/\b([a-z_][a-z0-9_]*)\s+as\s*\(/g)].map((m) => m[1]!));
    const referenced = [...code.matchAll(/\b(?:from|join)\s+([a-z_][a-z0-9_]*)/g)].map((m) => m[1]!);
    model.dependsOn = [...new Set(referenced)].filter((r) => names.has(r) && !ctes.has(r) && r !== model.name);
  }
  return orderByDependencies(models);
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

/** Builds every model in dependency order: staging and intermediate as views, marts as tables. */
export async function runModels(connection: DuckDBConnection, modelsDir: string): Promise<Model[]> {
  const models = loadModels(modelsDir);
  for (const model of models) {
    const kind = MATERIALIZATION[model.layer];
    try {
      await connection.run(`create or replace ${kind} ${model.name} as\n${model.sql}`);
    } catch (error) {
      throw new Error(`Lỗi khi dựng mô hình ${model.layer}/${model.name}.sql: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return models;
}
