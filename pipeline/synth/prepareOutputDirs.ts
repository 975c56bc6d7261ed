import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

/** The file that marks a folder as the generator's own (safe to wipe). */
const MARKER = ".capdo-synth";
const MARKER_TEXT = "Thư mục do pipeline/synth/main.ts tạo; sẽ bị xóa và tạo lại ở lần chạy sau.\n";

/**
 * Readies `out` (submissions) and `out` + "-expected" (answer key): each is
 * created if missing, used if empty, wiped if it holds the generator's marker;
 * a non-empty folder without the marker is never touched (throws).
 */
export function prepareOutputDirs(out: string): { sourcesDir: string; expectedDir: string; marker: string; markerText: string } {
  const sourcesDir = resolve(out);
  const expectedDir = `${sourcesDir.replace(/[\\/]+$/, "")}-expected`;
  const dirs = [sourcesDir, expectedDir];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    if (!statSync(dir).isDirectory()) throw new Error(`${dir} không phải là thư mục; không ghi đè.`);
    const entries = readdirSync(dir);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new Error(`Thư mục ${dir} không trống và không do capdo-synth tạo (thiếu tệp ${MARKER}); không ghi đè.`);
    }
  }
  for (const dir of dirs) {
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/${MARKER}`, MARKER_TEXT);
  }
  return { sourcesDir, expectedDir, marker: MARKER, markerText: MARKER_TEXT };
}
