import * as Inputs from "@observablehq/inputs";
import { fmtMonth } from "./format.js";

/** The month selector: every month of the data, newest first, the newest chosen. */
export function monthSelect(periods, { label = "Tháng", value } = {}) {
  const options = [...periods].sort().reverse();
  const input = Inputs.select(options, { label, value: value ?? options[0], format: fmtMonth });
  input.setAttribute("data-testid", "month-select");
  return input;
}
