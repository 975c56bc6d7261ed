/**
 * A formula cell as exceljs' FormulaValue.value hands it over: `hasFormula` when that object has a
 * `formula` or `sharedFormula` key (otherwise readXlsx turns it into "[object Object]"), and the cached
 * result as exceljs parsed it — 0, FALSE and NaN included — or undefined when none is cached.
 */
export class FormulaRaw {
  constructor(readonly hasFormula: boolean, readonly result: unknown) {}
}
