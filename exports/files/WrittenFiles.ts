/** The files written into an exports folder, by name: each either built or reused from the previous folder. */
export interface WrittenFiles {
  /** Every file, in the order planned. */
  files: string[];
  built: string[];
  reused: string[];
}
