/** An error value (#N/A, #REF! …) as exceljs keeps it: { error }. */
export class ErrorRaw {
  constructor(readonly error: string) {}
}
