// The registry reachable here serves only this platform's native packages, so npm leaves the
// other platforms' optional binaries (duckdb, rollup, esbuild…) out of package-lock.json, and
// npm 11's `npm ci` then refuses the lock. This adds those entries — version, os, cpu, marked
// optional, with no tarball — so `npm ci` accepts the lock and skips them on this platform.
// Run after any `npm install` that rewrites package-lock.json: node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from "node:fs";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const packages = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path === "" ? "" : `${path}/`;
    const candidates = [`${base}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((c) => packages[c])) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    packages[`node_modules/${name}`] = {
      version: String(range).replace(/^[\^~=]/, ""),
      ...(path.includes("/node_modules/") || entry.dev ? { dev: true } : {}),
      optional: true,
      ...platform,
    };
    added++;
  }
}
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} entries for other platforms`);

function platformOf(name) {
  const tail = name.split("/").pop();
  const os = ["darwin", "linux", "win32", "freebsd", "android", "openbsd", "netbsd", "sunos", "aix", "openharmony", "cygwin"].find((o) => tail.includes(o));
  if (!os) return null;
  const cpu = ["arm64", "x64", "ia32", "arm", "ppc64", "riscv64", "s390x", "loong64", "mips64el", "wasm32"].find((c) => new RegExp(`(^|-)${c}($|-)`).test(tail.replace(/-eabi|-gnueabihf|-musleabihf|-msvc|-gnu/g, "")));
  const libc = tail.includes("musl") ? ["musl"] : tail.includes("gnu") ? ["glibc"] : undefined;
  return { os: [os], ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc } : {}) };
}
