/** What one submitted file may weigh before it is read; the same names as `limits` in sources/settings.json. */
export interface ReadLimits {
  /** Size of the file on disk, in MB (1 MB = 1 048 576 bytes). */
  max_file_mb: number;
  /** Total size of a workbook's parts once uncompressed, in MB, read from the zip's central directory. */
  max_uncompressed_mb: number;
  /** Uncompressed ÷ compressed size, of the whole workbook and of each part, checked once past 1 MB. */
  max_compression_ratio: number;
  /** Rows holding a value, per visible sheet (or CSV file). */
  max_rows_per_sheet: number;
  /** Cells per row, counted up to the last used column. */
  max_cells_per_row: number;
}
