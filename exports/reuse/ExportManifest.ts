import { z } from "zod";

/** Written into an exports folder, hidden: what each file was made from, and the bytes it was written with. */
export const MANIFEST_FILE = ".capdo-exports.json";

export const exportManifestSchema = z.object({
  files: z.record(z.string(), z.object({
    /** inputKey of the file: code and settings fingerprint, name and data. */
    key: z.string(),
    /** sha256 of the bytes written: a file that no longer has them was edited and is not reused. */
    sha256: z.string(),
  })),
});

export type ExportManifest = z.infer<typeof exportManifestSchema>;
