import type { ReadLimits } from "./ReadLimits.ts";

/** The defaults of sources/settings.json `limits`: far above any real BM-01/BM-02 report, far below what exhausts the machine. */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  max_file_mb: 50,
  max_uncompressed_mb: 100,
  max_compression_ratio: 100,
  max_rows_per_sheet: 20_000,
  max_cells_per_row: 200,
};
