/** How the previous run read a file that was parsed (not a duplicate), from its warehouse's source_files. */
export interface PreviousSource {
  sha256: string;
  status: "loaded" | "rejected";
  reasonCode: string | null;
  message: string | null;
  rowsRead: number;
  rowsLoaded: number;
  rowsSetAside: number;
  /** Its submissions had the ids firstSubmissionId … firstSubmissionId + submissions − 1 (none when rejected). */
  firstSubmissionId: number;
  submissions: number;
}

/** A file whose rows are copied from the previous warehouse, its submissions renumbered from `firstSubmissionId`. */
export interface ReusedFile {
  file: string;
  previousFirstSubmissionId: number;
  firstSubmissionId: number;
  submissions: number;
}

/** A file's SHA-256 as the previous run computed it, with the file's stat key then (fileStatKey). */
export interface KnownHash {
  sha256: string;
  statKey: string;
}
