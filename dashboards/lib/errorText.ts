/** What went wrong, for a loader's stderr: an Error's stack (or message), anything else thrown as a string. */
export function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
