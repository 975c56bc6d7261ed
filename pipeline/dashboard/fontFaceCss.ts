import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const WEIGHTS = [400, 600];
// Vietnamese needs both: base Latin and Latin-1 letters (latin) and ă â đ ê ô ơ ư with every tone mark (vietnamese).
const SUBSETS = ["vietnamese", "latin"];

/**
 * The site's font stylesheet: Be Vietnam Pro from @fontsource, the font files embedded as data
 * URLs — Framework 1.13 cannot bundle fonts a stylesheet refers to, and the site may request
 * nothing outside itself (no Google Fonts).
 */
export function fontFaceCss(): string {
  const dir = dirname(require.resolve("@fontsource/be-vietnam-pro/package.json"));
  const rules: string[] = [];
  for (const weight of WEIGHTS) {
    // The weight's stylesheet holds one @font-face per subset, each with its unicode-range.
    const css = readFileSync(join(dir, `${weight}.css`), "utf8");
    for (const subset of SUBSETS) {
      const block = css.split("@font-face").find((b) => b.includes(`be-vietnam-pro-${subset}-${weight}-normal.woff2`));
      const range = block && /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      if (!range) throw new Error(`@fontsource/be-vietnam-pro: không thấy unicode-range của ${subset} ${weight}`);
      const file = join(dir, "files", `be-vietnam-pro-${subset}-${weight}-normal.woff2`);
      const data = readFileSync(file).toString("base64");
      rules.push(
        `@font-face{font-family:"Be Vietnam Pro";font-style:normal;font-display:swap;font-weight:${weight};` +
          `src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${range};}`,
      );
    }
  }
  return `/* Be Vietnam Pro (SIL Open Font License 1.1), from @fontsource/be-vietnam-pro */\n${rules.join("\n")}\n`;
}
