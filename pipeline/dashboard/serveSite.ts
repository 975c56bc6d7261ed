import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".pdf": "application/pdf",
  ".zip": "application/zip",
  ".woff2": "font/woff2",
};

export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site from a folder on 127.0.0.1 with Framework's clean URLs (`/tuan-thu` is
 * `tuan-thu.html`, `/co-quan/` is `co-quan/index.html`): for `npm run preview`, the browser tests
 * and the benchmark. Read-only, nothing outside the folder.
 */
export async function serveSite(dir: string, port = 0): Promise<SiteServer> {
  const root = resolve(dir);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = findFile(root, path);
    if (!file || (request.method !== "GET" && request.method !== "HEAD")) {
      response.writeHead(file ? 405 : 404, { "content-type": "text/plain; charset=utf-8" });
      response.end(file ? "Method not allowed" : "Không tìm thấy");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "content-length": statSync(file).size });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

function findFile(root: string, path: string): string | null {
  const base = normalize(join(root, path));
  if (base !== root && !base.startsWith(root + sep)) return null;
  const candidates = path.endsWith("/") ? [join(base, "index.html")] : [base, `${base}.html`, join(base, "index.html")];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile()) ?? null;
}
