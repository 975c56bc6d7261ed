import { readdirSync, readFileSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { queryWarehouse } from "./queryWarehouse.ts";

const TEXT_FILES = new Set([".html", ".js", ".css", ".json", ".csv", ".txt", ".svg"]);

/**
 * Every mention of another agency's name or code in a per-agency edition's files. The wording of
 * the rules (legal bases, targets, requirements — "Thông tư 12/2022/TT-BTTTT của Bộ Thông tin và
 * Truyền thông") is removed first: it names ministries as issuers of law, not as reporters.
 */
export async function findAgencyLeaks(siteDir: string, dbPath: string, agency: string): Promise<string[]> {
  const names = await queryWarehouse(dbPath, "select agency_code, name from agency_names");
  const own = new Set(names.filter((n) => n.agency_code === agency).map((n) => String(n.name)));
  const otherNames = [...new Set(names.filter((n) => n.agency_code !== agency).map((n) => String(n.name)))].filter((n) => !own.has(n));
  const otherCodes = [...new Set(names.map((n) => String(n.agency_code)))].filter((c) => c !== agency);
  const ruleText = (await queryWarehouse(dbPath, `
    select legal_basis as t from requirement_rules union select requirement_name from requirement_rules
    union select legal_basis from target_rules union select target_name from target_rules`))
    .map((r) => String(r.t)).filter(Boolean).sort((a, b) => b.length - a.length);
  const codePattern = new RegExp(`(?<![\\p{L}\\p{N}_])(${otherCodes.map(escape).join("|")})(?![\\p{L}\\p{N}_])`, "u");
  const leaks: string[] = [];
  for (const file of files(siteDir)) {
    if (!TEXT_FILES.has(extname(file))) continue;
    let text = readFileSync(file, "utf8");
    for (const rule of ruleText) text = text.split(rule).join(" ").split(JSON.stringify(rule).slice(1, -1)).join(" ");
    const where = relative(siteDir, file);
    for (const name of otherNames) if (text.includes(name)) leaks.push(`${where}: tên "${name}"`);
    const code = codePattern.exec(text);
    if (code) leaks.push(`${where}: mã "${code[1]}" (…${text.slice(Math.max(0, code.index - 40), code.index + 40)}…)`);
  }
  return leaks;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
