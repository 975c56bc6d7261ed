import * as Inputs from "@observablehq/inputs";
import { foldText } from "./foldText.js";
import { fmtInt } from "./format.js";

/** A search box over `rows` matching `key`'s text without accents: "ha noi" finds "Hà Nội". */
export function foldSearch(rows, { key, placeholder = "Tìm theo tên (gõ có dấu hoặc không dấu)", noun = "cơ quan" } = {}) {
  const input = Inputs.search(rows, {
    placeholder,
    format: (n) => `${fmtInt(n)} ${noun}`,
    filter: (query) => {
      const terms = foldText(query).split(/\s+/).filter(Boolean);
      return (d) => {
        const text = foldText(typeof key === "function" ? key(d) : d[key]);
        return terms.every((t) => text.includes(t));
      };
    },
  });
  input.setAttribute("data-testid", "search");
  return input;
}
