import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  decodeTcvn3,
  decodeVni,
  legacyEncodingOfFont,
  looksLikeLegacyVietnamese,
} from "../../pipeline/text/decodeLegacyVietnamese.ts";
import { LEGACY_VIETNAMESE_TABLES } from "../../pipeline/text/legacyVietnameseTables.ts";

const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];
const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];

/** The 134 toned/untoned vowel letters (67 lowercase, 67 uppercase) plus đ/Đ. */
const LOWER_LETTERS = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize("NFC"))), "đ"];
const UPPER_LETTERS = LOWER_LETTERS.map((l) => l.toUpperCase());
const CONSONANTS = "bcdghklmnpqrstvx";

const PHRASES = [
  "Bộ Thông tin và Truyền thông",
  "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
  "Đã phê duyệt",
  "Chưa triển khai",
  "Tình trạng phê duyệt HSĐXCĐ",
  "Cấp độ",
  "Hà Nội",
  "Bộ Tài chính",
  "Cộng hoà xã hội chủ nghĩa Việt Nam",
  "Thành phố Hồ Chí Minh",
  "Người dùng; đường truyền; nước ngoài; khuyến khích; quyết định",
];

function inverse(table: ReadonlyMap<string, string>): Map<string, string> {
  const inv = new Map<string, string>();
  for (const [code, letter] of table) {
    const existing = inv.get(letter);
    // Keep the canonical (shortest, then case-matching) spelling of each letter.
    if (existing === undefined || code.length < existing.length || (code.length === existing.length && isCanonicalCase(code, letter))) {
      inv.set(letter, code);
    }
  }
  return inv;
}

function isCanonicalCase(code: string, letter: string): boolean {
  const upper = letter === letter.toUpperCase();
  return upper ? code === code.toUpperCase() : code === code.toLowerCase();
}

const TCVN3_INVERSE = inverse(LEGACY_VIETNAMESE_TABLES.tcvn3);
const VNI_INVERSE = inverse(LEGACY_VIETNAMESE_TABLES.vni);

/** Unicode → TCVN3 as Windows-1252 characters; toned capitals only exist in uppercase fonts. */
function encodeTcvn3(text: string, upperCaseFont = false): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const source = upperCaseFont ? ch.toLowerCase() : ch;
    const code = TCVN3_INVERSE.get(source);
    if (code === undefined && /[^\x00-\x7f]/.test(ch)) throw new Error(`no TCVN3 code for ${ch}`);
    out += code ?? source;
  }
  return out;
}

/** Unicode → VNI-Windows as Windows-1252 characters. */
function encodeVni(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const code = VNI_INVERSE.get(ch);
    if (code === undefined && /[^\x00-\x7f]/.test(ch)) throw new Error(`no VNI code for ${ch}`);
    out += code ?? ch;
  }
  return out;
}

describe("legacyEncodingOfFont", () => {
  it("recognises TCVN3 (ABC) fonts and their uppercase H variants", () => {
    expect(legacyEncodingOfFont(".VnTime")).toEqual({ encoding: "tcvn3", upperCase: false });
    expect(legacyEncodingOfFont(".VnTimeH")).toEqual({ encoding: "tcvn3", upperCase: true });
    expect(legacyEncodingOfFont(".VnArial")).toEqual({ encoding: "tcvn3", upperCase: false });
    expect(legacyEncodingOfFont(".VnArialH")).toEqual({ encoding: "tcvn3", upperCase: true });
    expect(legacyEncodingOfFont(".VnArial NarrowH")).toEqual({ encoding: "tcvn3", upperCase: true });
    expect(legacyEncodingOfFont(".VnArial Narrow")).toEqual({ encoding: "tcvn3", upperCase: false });
  });

  it("recognises VNI fonts", () => {
    expect(legacyEncodingOfFont("VNI-Times")).toEqual({ encoding: "vni", upperCase: false });
    expect(legacyEncodingOfFont("VNI-Helve")).toEqual({ encoding: "vni", upperCase: false });
    expect(legacyEncodingOfFont("VNI-Helve-Condense")).toEqual({ encoding: "vni", upperCase: false });
  });

  it("is case-insensitive and ignores surrounding spaces", () => {
    expect(legacyEncodingOfFont(".vntime")).toEqual({ encoding: "tcvn3", upperCase: false });
    expect(legacyEncodingOfFont(".VNTIMEH")).toEqual({ encoding: "tcvn3", upperCase: true });
    expect(legacyEncodingOfFont(" vni-times ")).toEqual({ encoding: "vni", upperCase: false });
  });

  it("returns null for Unicode fonts and missing names", () => {
    for (const name of ["Times New Roman", "Arial", "Calibri", "VNtimes", "Vni", "", undefined, null]) {
      expect(legacyEncodingOfFont(name)).toBeNull();
    }
  });
});

describe("TCVN3 table", () => {
  it("has one code per lowercase letter and per base capital (VN3)", () => {
    expect(LOWER_LETTERS).toHaveLength(73);
    for (const letter of LOWER_LETTERS) {
      if (/^[aeiouy]$/.test(letter)) continue;
      expect(TCVN3_INVERSE.has(letter), letter).toBe(true);
    }
    for (const capital of ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]) expect(TCVN3_INVERSE.has(capital), capital).toBe(true);
    expect(LEGACY_VIETNAMESE_TABLES.tcvn3.size).toBe(74);
  });

  it("agrees with the TCVN 5712 table of iconv-lite on every VN3 position", () => {
    for (const [code, letter] of LEGACY_VIETNAMESE_TABLES.tcvn3) {
      const byte = iconv.encode(code, "win1252");
      expect(byte).toHaveLength(1);
      expect(iconv.decode(byte, "tcvn"), `0x${byte[0]?.toString(16)}`).toBe(letter);
    }
  });
});

describe("decodeTcvn3", () => {
  it("decodes known samples", () => {
    expect(decodeTcvn3("Hµ Néi")).toBe("Hà Nội");
    expect(decodeTcvn3("Bé Tµi chÝnh")).toBe("Bộ Tài chính");
    expect(decodeTcvn3("§· phª duyÖt")).toBe("Đã phê duyệt");
    expect(decodeTcvn3("Ch\u00ada triÓn khai")).toBe("Chưa triển khai");
    expect(decodeTcvn3("CÊp ®é")).toBe("Cấp độ");
  });

  it("round-trips every lowercase letter and base capital", () => {
    const alphabet = LOWER_LETTERS.join(" ") + " Ă Â Ê Ô Ơ Ư Đ";
    const encoded = encodeTcvn3(alphabet);
    expect(encoded).not.toBe(alphabet);
    expect(decodeTcvn3(encoded)).toBe(alphabet);
    for (const letter of LOWER_LETTERS) expect(decodeTcvn3(encodeTcvn3(letter))).toBe(letter);
  });

  it("round-trips every capital through an uppercase (H) font", () => {
    const alphabet = UPPER_LETTERS.join(" ");
    expect(decodeTcvn3(encodeTcvn3(alphabet, true), { upperCase: true })).toBe(alphabet);
    for (const letter of UPPER_LETTERS) expect(decodeTcvn3(encodeTcvn3(letter, true), { upperCase: true })).toBe(letter);
  });

  it("decodes real phrases", () => {
    for (const phrase of PHRASES) {
      const encoded = encodeTcvn3(phrase.replace(/[ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/gu, (c) => c.toLowerCase()));
      const expected = phrase.replace(/[ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/gu, (c) => c.toLowerCase());
      expect(decodeTcvn3(encoded)).toBe(expected);
    }
  });

  it("writes the uppercase-font header in capitals", () => {
    expect(decodeTcvn3("Céng hoµ x· héi chñ nghÜa ViÖt Nam", { upperCase: true })).toBe(
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    );
    expect(decodeTcvn3("ñy ban nh©n d©n tØnh thõa thiªn huÕ", { upperCase: true })).toBe(
      "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ",
    );
    for (const phrase of PHRASES) {
      expect(decodeTcvn3(encodeTcvn3(phrase.toLowerCase()), { upperCase: true })).toBe(phrase.toUpperCase());
    }
  });

  it("passes ASCII and characters outside VN3 through unchanged", () => {
    const ascii = "Report 2024: 12/34 (56%) - OK; a-z A-Z 0-9 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    expect(decodeTcvn3(ascii)).toBe(ascii);
    expect(decodeTcvn3("25°C ± 2, “quoted” – €")).toBe("25°C ± 2, “quoted” – €");
    expect(decodeTcvn3("")).toBe("");
  });

  it("leaves text that is already Unicode Vietnamese as it is", () => {
    for (const phrase of PHRASES) expect(decodeTcvn3(phrase)).toBe(phrase);
    expect(decodeTcvn3("Bộ Thông tin và Truyền thông".normalize("NFD"))).toBe("Bộ Thông tin và Truyền thông");
  });

  it("returns NFC", () => {
    const decoded = decodeTcvn3(encodeTcvn3(LOWER_LETTERS.join("")));
    expect(decoded).toBe(decoded.normalize("NFC"));
  });
});

describe("VNI table", () => {
  // The VNI-Windows spelling of each letter, written out independently of the module's table
  // (base letter + one mark; ô = ơ, ö = ư, ñ = đ; i and ỵ are single characters).
  const SPELLING: Record<string, string> = {
    a: "a", á: "aù", à: "aø", ả: "aû", ã: "aõ", ạ: "aï",
    ă: "aê", ắ: "aé", ằ: "aè", ẳ: "aú", ẵ: "aü", ặ: "aë",
    â: "aâ", ấ: "aá", ầ: "aà", ẩ: "aå", ẫ: "aã", ậ: "aä",
    e: "e", é: "eù", è: "eø", ẻ: "eû", ẽ: "eõ", ẹ: "eï",
    ê: "eâ", ế: "eá", ề: "eà", ể: "eå", ễ: "eã", ệ: "eä",
    i: "i", í: "í", ì: "ì", ỉ: "æ", ĩ: "ó", ị: "ò",
    o: "o", ó: "où", ò: "oø", ỏ: "oû", õ: "oõ", ọ: "oï",
    ô: "oâ", ố: "oá", ồ: "oà", ổ: "oå", ỗ: "oã", ộ: "oä",
    ơ: "ô", ớ: "ôù", ờ: "ôø", ở: "ôû", ỡ: "ôõ", ợ: "ôï",
    u: "u", ú: "uù", ù: "uø", ủ: "uû", ũ: "uõ", ụ: "uï",
    ư: "ö", ứ: "öù", ừ: "öø", ử: "öû", ữ: "öõ", ự: "öï",
    y: "y", ý: "yù", ỳ: "yø", ỷ: "yû", ỹ: "yõ", ỵ: "î",
    đ: "ñ",
  };

  it("spells every letter as VNI-Windows does", () => {
    expect(Object.keys(SPELLING)).toHaveLength(73);
    for (const [letter, spelling] of Object.entries(SPELLING)) {
      expect(encodeVni(letter), letter).toBe(spelling);
      expect(encodeVni(letter.toUpperCase()), letter.toUpperCase()).toBe(spelling.toUpperCase());
    }
  });
});

describe("decodeVni", () => {
  it("decodes known samples", () => {
    expect(decodeVni("Haø Noäi")).toBe("Hà Nội");
    expect(decodeVni("HAØ NOÄI")).toBe("HÀ NỘI");
    expect(decodeVni("Boä Taøi chính")).toBe("Bộ Tài chính");
    expect(decodeVni("Ñaõ pheâ duyeät")).toBe("Đã phê duyệt");
    expect(decodeVni("Ngöôøi")).toBe("Người");
    expect(decodeVni("NGÖÔØI")).toBe("NGƯỜI");
  });

  it("round-trips the whole alphabet in both cases", () => {
    for (const alphabet of [LOWER_LETTERS.join(" "), UPPER_LETTERS.join(" "), LOWER_LETTERS.join(""), UPPER_LETTERS.join("")]) {
      const encoded = encodeVni(alphabet);
      expect(encoded).not.toBe(alphabet);
      expect(decodeVni(encoded)).toBe(alphabet);
    }
    for (const letter of [...LOWER_LETTERS, ...UPPER_LETTERS]) expect(decodeVni(encodeVni(letter))).toBe(letter);
  });

  it("round-trips every letter between consonants and next to every other vowel", () => {
    for (const letter of [...LOWER_LETTERS, ...UPPER_LETTERS]) {
      for (const c of CONSONANTS) {
        const word = c + letter + c;
        expect(decodeVni(encodeVni(word))).toBe(word);
      }
      for (const other of [...LOWER_LETTERS, ...UPPER_LETTERS]) {
        const pair = letter + other;
        expect(decodeVni(encodeVni(pair))).toBe(pair);
      }
    }
  });

  it("decodes real phrases, in mixed case and in capitals", () => {
    for (const phrase of PHRASES) {
      expect(decodeVni(encodeVni(phrase))).toBe(phrase);
      expect(decodeVni(encodeVni(phrase.toUpperCase()))).toBe(phrase.toUpperCase());
    }
  });

  it("lets the base letter decide the case when a mark's case does not match", () => {
    expect(decodeVni("HaØ NoÄi")).toBe("Hà Nội");
    expect(decodeVni("HAø NOäI")).toBe("HÀ NỘI");
  });

  it("capitalises with upperCase", () => {
    expect(decodeVni("Haø Noäi", { upperCase: true })).toBe("HÀ NỘI");
  });

  it("passes ASCII and stray characters through unchanged", () => {
    const ascii = "Report 2024: 12/34 (56%) - OK; a-z A-Z 0-9 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    expect(decodeVni(ascii)).toBe(ascii);
    expect(decodeVni("25°C ± 2, “quoted” – €")).toBe("25°C ± 2, “quoted” – €");
    expect(decodeVni("")).toBe("");
    expect(decodeVni("x")).toBe("x");
  });

  it("leaves text that is already Unicode Vietnamese as it is", () => {
    for (const phrase of PHRASES) expect(decodeVni(phrase)).toBe(phrase);
  });
});

describe("looksLikeLegacyVietnamese", () => {
  it("recognises TCVN3 text", () => {
    expect(looksLikeLegacyVietnamese("Hµ Néi")).toBe("tcvn3");
    expect(looksLikeLegacyVietnamese("Bé Tµi chÝnh")).toBe("tcvn3");
    expect(looksLikeLegacyVietnamese("Céng hoµ x· héi chñ nghÜa ViÖt Nam")).toBe("tcvn3");
    for (const phrase of PHRASES) {
      expect(looksLikeLegacyVietnamese(encodeTcvn3(phrase.toLowerCase())), phrase).toBe("tcvn3");
    }
  });

  it("recognises VNI text", () => {
    expect(looksLikeLegacyVietnamese("Haø Noäi")).toBe("vni");
    expect(looksLikeLegacyVietnamese("HAØ NOÄI")).toBe("vni");
    for (const phrase of PHRASES) {
      expect(looksLikeLegacyVietnamese(encodeVni(phrase)), phrase).toBe("vni");
      expect(looksLikeLegacyVietnamese(encodeVni(phrase.toUpperCase())), phrase.toUpperCase()).toBe("vni");
    }
  });

  it("returns null for Unicode Vietnamese, including words spelt with Latin-1 letters only", () => {
    for (const phrase of PHRASES) {
      expect(looksLikeLegacyVietnamese(phrase), phrase).toBeNull();
      expect(looksLikeLegacyVietnamese(phrase.normalize("NFD")), phrase).toBeNull();
      expect(looksLikeLegacyVietnamese(phrase.toUpperCase()), phrase).toBeNull();
    }
    for (const text of ["Tài chính", "Hoà Bình", "Chí Minh", "Xuân", "Yên Bái", "Hoá", "Cà Mau", "Trà Vinh", "Lào Cai", "Khánh Hoà", "Tây Ninh", "Kiên Giang", "Sóc Trăng"]) {
      expect(looksLikeLegacyVietnamese(text), text).toBeNull();
    }
  });

  it("returns null for ASCII, English and empty text", () => {
    for (const text of ["", "Ministry of Information and Communications", "Level 3; approved 12/05/2023", "Ha Noi", "A-Z a-z 0-9 !?"]) {
      expect(looksLikeLegacyVietnamese(text), text).toBeNull();
    }
  });

  it("returns null for ordinary Western text with a few symbols", () => {
    for (const text of ["© 2024 Company", "25°C ± 2", "Price: €10 – “special”", "Café", "Straße"]) {
      expect(looksLikeLegacyVietnamese(text), text).toBeNull();
    }
  });
});
