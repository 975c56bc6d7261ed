import { agencyPages } from "../../lib/agencyPages.ts";
import { tar } from "../../lib/tar.ts";
import { runLoader } from "../../lib/writeJson.ts";

/** Every agency's page data as `agencies/CODE.json` inside one archive (see lib/tar.ts). */
runLoader(
  async () => tar([...(await agencyPages())].map(([code, data]) => [`${code}.json`, JSON.stringify(data)])),
  (archive) => process.stdout.write(archive),
);
