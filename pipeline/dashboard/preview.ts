import { resolve } from "node:path";
import { serveSite } from "./serveSite.ts";

// `npm run preview [-- DIR] [--port N]`: serves a built dashboard (default out/demo/site) on 127.0.0.1.
const args = process.argv.slice(2);
const portAt = args.indexOf("--port");
const port = portAt >= 0 ? Number(args[portAt + 1]) : 3000;
const dir = resolve(args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--port") ?? "out/demo/site");
const server = await serveSite(dir, port);
process.stdout.write(`Trang tổng hợp ${dir}\n↳ ${server.url}/  (Ctrl+C để dừng)\n`);
