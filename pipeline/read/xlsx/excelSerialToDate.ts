/**
 * exceljs' conversion (utils.excelToDate) of a date cell's serial number to a Date, in the 1900 or the
 * 1904 system, with the same arithmetic so that the milliseconds round alike. Like exceljs it coerces
 * whatever it is given (a formula's text or error result becomes an Invalid Date).
 */
export function excelSerialToDate(serial: unknown, date1904: boolean): Date {
  return new Date(Math.round((Number(serial) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}
