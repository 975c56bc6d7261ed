/**
 * Decoding tables for the two legacy Vietnamese 8-bit encodings found in old government workbooks.
 *
 * Workbooks keep legacy text as the Windows-1252 reading of its bytes (TCVN3 "Hµ Néi", VNI "Haø Noäi"
 * for "Hà Nội"), so both tables are keyed by those Windows-1252 characters.
 *
 * TCVN3 (TCVN 5712:1993 "VN3", the ABC fonts .VnTime, .VnArial …): one byte per letter. VN3 holds the
 * 7 capitals Ă Â Ê Ô Ơ Ư Đ and every lowercase letter; toned capitals are written with the lowercase
 * codes in an uppercase ("H") font. The positions equal the lowercase/base-capital subset of the
 * TCVN 5712 ("VN1") table in iconv-lite's "tcvn" codec (glibc TCVN5712-1), and the TCVN3 table of
 * UniKey's VnConv library (data.cpp). The VN1-only capitals (0x80–0x9F, 0xAF, 0xBA, 0xBF–0xC5 …) and the
 * combining marks 0xB0–0xB4 are not part of VN3 and are left untouched.
 *
 * VNI-Windows (fonts VNI-Times, VNI-Helve …): a base letter followed by one mark character. Built from
 * the VNI-WIN table of UniKey's VnConv library: ơ/ư are the single letters ô/ö, đ is ñ, the i-vowels and
 * ỵ are single characters, and the mark that follows a vowel depends on its circumflex/breve.
 */

/** TCVN3 byte (as Windows-1252 reads it) → Unicode letter. */
const TCVN3_BYTES: ReadonlyArray<readonly [number, string]> = [
  [0xa1, "Ă"], [0xa2, "Â"], [0xa3, "Ê"], [0xa4, "Ô"], [0xa5, "Ơ"], [0xa6, "Ư"], [0xa7, "Đ"],
  [0xa8, "ă"], [0xa9, "â"], [0xaa, "ê"], [0xab, "ô"], [0xac, "ơ"], [0xad, "ư"], [0xae, "đ"],
  [0xb5, "à"], [0xb6, "ả"], [0xb7, "ã"], [0xb8, "á"], [0xb9, "ạ"],
  [0xbb, "ằ"], [0xbc, "ẳ"], [0xbd, "ẵ"], [0xbe, "ắ"], [0xc6, "ặ"],
  [0xc7, "ầ"], [0xc8, "ẩ"], [0xc9, "ẫ"], [0xca, "ấ"], [0xcb, "ậ"],
  [0xcc, "è"], [0xce, "ẻ"], [0xcf, "ẽ"], [0xd0, "é"], [0xd1, "ẹ"],
  [0xd2, "ề"], [0xd3, "ể"], [0xd4, "ễ"], [0xd5, "ế"], [0xd6, "ệ"],
  [0xd7, "ì"], [0xd8, "ỉ"], [0xdc, "ĩ"], [0xdd, "í"], [0xde, "ị"],
  [0xdf, "ò"], [0xe1, "ỏ"], [0xe2, "õ"], [0xe3, "ó"], [0xe4, "ọ"],
  [0xe5, "ồ"], [0xe6, "ổ"], [0xe7, "ỗ"], [0xe8, "ố"], [0xe9, "ộ"],
  [0xea, "ờ"], [0xeb, "ở"], [0xec, "ỡ"], [0xed, "ớ"], [0xee, "ợ"],
  [0xef, "ù"], [0xf1, "ủ"], [0xf2, "ũ"], [0xf3, "ú"], [0xf4, "ụ"],
  [0xf5, "ừ"], [0xf6, "ử"], [0xf7, "ữ"], [0xf8, "ứ"], [0xf9, "ự"],
  [0xfa, "ỳ"], [0xfb, "ỷ"], [0xfc, "ỹ"], [0xfd, "ý"], [0xfe, "ỵ"],
];

/** Bytes 0xA0–0xFF read as Windows-1252 are the same code points (Latin-1). */
const tcvn3 = new Map<string, string>(TCVN3_BYTES.map(([byte, letter]) => [String.fromCharCode(byte), letter]));

type Tone = "" | "acute" | "grave" | "hook" | "tilde" | "dot";
const TONES: readonly Tone[] = ["", "acute", "grave", "hook", "tilde", "dot"];
const COMBINING_TONE: Record<Tone, string> = {
  "": "",
  acute: "\u0301",
  grave: "\u0300",
  hook: "\u0309",
  tilde: "\u0303",
  dot: "\u0323",
};

/** VNI mark characters (lowercase; the uppercase form follows capitals) by vowel quality and tone. */
const VNI_PLAIN_MARK: Record<Tone, string> = { "": "", acute: "ù", grave: "ø", hook: "û", tilde: "õ", dot: "ï" };
const VNI_CIRCUMFLEX_MARK: Record<Tone, string> = { "": "â", acute: "á", grave: "à", hook: "å", tilde: "ã", dot: "ä" };
const VNI_BREVE_MARK: Record<Tone, string> = { "": "ê", acute: "é", grave: "è", hook: "ú", tilde: "ü", dot: "ë" };
/** i and ỵ have one-character forms in VNI. */
const VNI_I: Record<Tone, string> = { "": "i", acute: "í", grave: "ì", hook: "æ", tilde: "ó", dot: "ò" };

/** Vowels: Unicode base letter (lowercase), VNI base character, and which mark set follows it. */
const VNI_VOWELS: ReadonlyArray<readonly [string, string, Record<Tone, string>]> = [
  ["a", "a", VNI_PLAIN_MARK],
  ["â", "a", VNI_CIRCUMFLEX_MARK],
  ["ă", "a", VNI_BREVE_MARK],
  ["e", "e", VNI_PLAIN_MARK],
  ["ê", "e", VNI_CIRCUMFLEX_MARK],
  ["o", "o", VNI_PLAIN_MARK],
  ["ô", "o", VNI_CIRCUMFLEX_MARK],
  ["ơ", "ô", VNI_PLAIN_MARK],
  ["u", "u", VNI_PLAIN_MARK],
  ["ư", "ö", VNI_PLAIN_MARK],
  ["y", "y", VNI_PLAIN_MARK],
];

function upper(ch: string): string {
  return ch.toUpperCase();
}

function buildVni(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (sequence: string, letter: string): void => {
    table.set(sequence, letter);
  };
  for (const [vowel, base, marks] of VNI_VOWELS) {
    for (const tone of TONES) {
      const letter = (vowel + COMBINING_TONE[tone]).normalize("NFC");
      if (vowel === "y" && tone === "dot") {
        add("î", letter);
        add("Î", upper(letter));
        continue;
      }
      const mark = marks[tone];
      add(base + mark, letter);
      add(upper(base) + upper(mark), upper(letter));
      // Tolerate a mark whose case does not match its letter (text retyped or case-changed by hand):
      // the base letter decides the case.
      if (mark !== "") {
        add(base + upper(mark), letter);
        add(upper(base) + mark, upper(letter));
      }
    }
  }
  for (const tone of TONES) {
    const letter = ("i" + COMBINING_TONE[tone]).normalize("NFC");
    add(VNI_I[tone], letter);
    add(upper(VNI_I[tone]), upper(letter));
  }
  add("ñ", "đ");
  add("Ñ", "Đ");
  return table;
}

export const LEGACY_VIETNAMESE_TABLES: {
  /** Single Windows-1252 character → Unicode letter. */
  readonly tcvn3: ReadonlyMap<string, string>;
  /**
   * One- or two-character VNI sequence (Windows-1252 characters) → Unicode letter, for every Vietnamese
   * letter in both cases (letters VNI writes as themselves, such as "a" or "í", map to themselves), plus
   * the tolerated forms whose mark's case differs from the base letter's.
   */
  readonly vni: ReadonlyMap<string, string>;
} = { tcvn3, vni: buildVni() };
