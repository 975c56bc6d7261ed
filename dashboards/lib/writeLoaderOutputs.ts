// `tsx lib/writeLoaderOutputs.ts DIR NAME…`: writes each data loader's output (loaderOutputs.ts) to
// DIR/NAME, where Framework caches loader output — one process for every loader of a build. Each
// file is written aside and renamed, so Framework never reads half of one. On a failure: which
// loader, what went wrong, and a non-zero exit.
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { errorText } from "./errorText.ts";
import { loaderOutput } from "./loaderOutputs.ts";

const [dir, ...names] = process.argv.slice(2);
for (const name of names) {
  try {
    const output = await loaderOutput(name);
    const temp = join(dir!, `${name}.${process.pid}`);
    writeFileSync(temp, output);
    renameSync(temp, join(dir!, name));
  } catch (error) {
    process.stderr.write(`Bộ nạp dữ liệu ${name} lỗi: ${errorText(error)}\n`);
    process.exit(1);
  }
}
