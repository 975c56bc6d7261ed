import { readFileSync, writeFileSync } from "node:fs";
import { filesEndingWith } from "./filesEndingWith.ts";

export interface SiteInfo {
  /** When the warehouse was built, as shown: "22/11/2026 07:48". */
  dataAsOf: string;
  version: string;
  /** The agency of a per-agency edition. */
  editionName: string | null;
}

/**
 * Finishes the pages Framework built: the language (vi), a favicon that needs no request, the
 * sidebar toggle's title in Vietnamese, and the header and footer every page shares. Framework's
 * own `head`/`header`/`footer` options would do the same but are parsed again for every page,
 * which more than doubles the build of a national site with over a hundred agency pages.
 */
export function finishSite(siteDir: string, info: SiteInfo): number {
  const header =
    `<header id="observablehq-header">\n<div class="capdo-header"><span><strong>Thống kê an toàn hệ thống thông tin theo cấp độ</strong>` +
    `${info.editionName ? ` · Bản dành cho ${escapeHtml(info.editionName)}` : ""}</span>` +
    `<span>Số liệu tổng hợp lúc ${escapeHtml(info.dataAsOf)}</span></div>\n</header>`;
  const footer =
    `<footer id="observablehq-footer">\n<div>Số liệu từ các báo cáo BM-01, BM-02 của các bộ, ngành, địa phương, ` +
    `tổng hợp bằng capdo ${escapeHtml(info.version)}. Trang này không tải gì từ bên ngoài.</div>\n</footer>`;
  let pages = 0;
  for (const file of filesEndingWith(siteDir, ".html")) {
    const html = readFileSync(file, "utf8");
    const finished = html
      .replace("<html>", '<html lang="vi">')
      .replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<link rel="icon" href="data:,">')
      .replace('title="Toggle sidebar"', 'title="Ẩn, hiện danh mục trang"')
      .replace('<div id="observablehq-center">', `<div id="observablehq-center">\n${header}`)
      .replace(/<\/main>\n?<\/div>\n<\/body>/, `</main>\n${footer}\n</div>\n</body>`);
    if (!finished.includes('id="observablehq-header"') || !finished.includes('id="observablehq-footer"')) {
      throw new Error(`Không hoàn thiện được trang ${file}: cấu trúc trang của Observable Framework đã thay đổi`);
    }
    writeFileSync(file, finished);
    pages++;
  }
  return pages;
}


function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
