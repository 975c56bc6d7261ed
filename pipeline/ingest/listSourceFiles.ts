import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

export interface SourceFile {
  /** Path relative to the sources folder, "/" separators. */
  file: string;
  absolutePath: string;
  skipped: boolean;
}

const NOT_SUBMISSIONS = new Set(["thumbs.db", "desktop.ini"]);

/** Every file under `root`, in code-point order of the relative path; lock files and the like are marked skipped. */
export function listSourceFiles(root: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const absolutePath = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(absolutePath);
      } else if (entry.isFile()) {
        const file = relative(root, absolutePath).split(sep).join("/");
        out.push({ file, absolutePath, skipped: isPlainlyNotASubmission(file) });
      }
    }
  };
  walk(root);
  return out.sort((a, b) => compareCodePoints(a.file, b.file));
}

export function isPlainlyNotASubmission(file: string): boolean {
  const parts = file.split("/");
  const name = parts.at(-1)!;
  return name.startsWith("~$") || parts.some((p) => p.startsWith(".")) || NOT_SUBMISSIONS.has(name.toLowerCase());
}

/** Code-point order (not UTF-16 unit order, not locale order): "T" sorts before "b". */
export function compareCodePoints(a: string, b: string): number {
  const ca = [...a];
  const cb = [...b];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const d = ca[i]!.codePointAt(0)! - cb[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}
