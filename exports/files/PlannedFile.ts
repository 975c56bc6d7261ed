/** An output file before it is made: its name, exactly what it shows, and how to make its bytes. */
export interface PlannedFile {
  name: string;
  /**
   * Everything the bytes are made from besides the export code and settings (data, heading, period …),
   * plain JSON: equal inputs make equal files, so a file made from the same input can be reused.
   */
  input: unknown;
  build: () => Promise<Buffer>;
}
