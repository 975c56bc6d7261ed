/**
 * Thrown inside the fast reader when it meets anything it does not fully handle; the reader turns it
 * into a "declined" result and the caller falls back to exceljs. `message` says why, for benchmarks.
 */
export class Declined extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "Declined";
  }
}
