/**
 * A formula cell as exceljs' FormulaValue.value hands it over: `hasFormula` when that object has a
 * `formula` or `sharedFormula` key (otherwise readXlsx turns it into "[object Object]"), and the cached
 * result when truthy — exceljs drops 0, false and NaN results, which then read as empty.
 */
export class FormulaRaw {
  constructor(readonly hasFormula: boolean, readonly result: unknown) {}
}
