import type { AgencyRegistry } from "./AgencyRegistry.ts";
import type { Ym } from "./types.ts";

/** Old-style tone placement ("Hoá", "Thuỷ") of new-style syllables. */
const OLD_TONE: [RegExp, string][] = [
  [/óa/g, "oá"],
  [/òa/g, "oà"],
  [/ỏa/g, "oả"],
  [/õa/g, "oã"],
  [/ọa/g, "oạ"],
  [/úy/g, "uý"],
  [/ùy/g, "uỳ"],
  [/ủy/g, "uỷ"],
  [/ũy/g, "uỹ"],
  [/ụy/g, "uỵ"],
];

function oldTone(s: string): string {
  let out = s.normalize("NFC");
  for (const [re, to] of OLD_TONE) out = out.replace(re, to);
  return out;
}

/** Before 1 March 2025 provinces had a Sở Thông tin và Truyền thông reporting for them. */
const DEPARTMENTS_UNTIL = "2025-03";

function split(name: string): { prefix: "Tỉnh" | "Thành phố" | null; place: string } {
  const m = /^(Tỉnh|Thành phố)\s+(.+)$/.exec(name);
  return m ? { prefix: m[1] as "Tỉnh" | "Thành phố", place: m[2] ?? name } : { prefix: null, place: name };
}

/**
 * The spellings an agency's name is written in (all within the contract's
 * "any common spelling"), and which ones apply to an agency in a period.
 */
export const agencySpelling = {
  kinds(registry: AgencyRegistry, code: string, period: Ym): string[] {
    const a = registry.get(code);
    const name = registry.nameAt(code, period);
    const out = ["official"];
    if (oldTone(name) !== name) out.push("oldtone");
    if (a.group === "bo_nganh") {
      out.push("upper");
      if (name.includes(" và ")) out.push("amp");
      if (code === "BTTTT") out.push("botttt", "botttt-amp");
      return out;
    }
    const { prefix, place } = split(name);
    out.push("ubnd", "uyban", "bare");
    if (prefix === "Thành phố") out.push("tp");
    if (place.split(" ").length === 2 && !place.includes("-")) out.push("nospace");
    if (period < DEPARTMENTS_UNTIL) out.push("so", "sott");
    return out;
  },

  render(registry: AgencyRegistry, code: string, period: Ym, kind: string): string {
    const name = registry.nameAt(code, period);
    const { prefix, place } = split(name);
    const unit = prefix === "Thành phố" ? "thành phố" : "tỉnh";
    switch (kind) {
      case "official":
        return name;
      case "oldtone":
        return oldTone(name);
      case "upper":
        return name.toUpperCase();
      case "amp":
        return name.replace(" và ", " & ");
      case "botttt":
        return "Bộ TT&TT";
      case "botttt-amp":
        return "Bộ Thông tin & Truyền thông";
      case "ubnd":
        return `UBND ${unit} ${place}`;
      case "uyban":
        return `Ủy ban nhân dân ${prefix ?? "Tỉnh"} ${place}`;
      case "bare":
        return place;
      case "tp":
        return `TP. ${place}`;
      case "nospace":
        return place.replace(/\s+/g, "");
      case "so":
        return `Sở Thông tin và Truyền thông ${unit} ${place}`;
      case "sott":
        return `Sở TT&TT ${place}`;
      default:
        throw new Error(`unknown spelling ${kind}`);
    }
  },
};
