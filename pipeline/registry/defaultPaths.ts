import { fileURLToPath } from "node:url";

// This file lives in pipeline/registry/, two levels below the repository root.
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** Where the registry reads its inputs unless told otherwise. */
export const defaultPaths = {
  /** The four reference TSVs (provinces/ministries, 2024/2025). */
  referenceDir: `${repoRoot}sources/reference`,
  /** The analyst-editable alias list. */
  aliasesFile: `${repoRoot}sources/agency-aliases.json`,
};
