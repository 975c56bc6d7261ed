import fc from "fast-check";

const LETTERS = [..."aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"];
const WORDS = ["Cổng", "dịch", "vụ", "công", "Hệ", "thống", "thông", "tin", "Sở", "Tỉnh", "Bộ", "quản", "lý", "văn", "bản", "điều", "hành", "thư", "điện", "tử", "Đà", "Nẵng", "Hồ", "Chí", "Minh", "Quảng", "Ngãi"];

/** Vietnamese-looking text (words of the forms, random syllables, either case), as agencies type it. */
export const vietnameseText: fc.Arbitrary<string> = fc.array(
  fc.oneof(
    fc.constantFrom(...WORDS),
    fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 7 }).map((cs) => cs.join("")),
    fc.constantFrom(...WORDS).map((w) => w.toUpperCase()),
    fc.integer({ min: 0, max: 2030 }).map(String),
  ),
  { minLength: 1, maxLength: 6 },
).map((words) => words.join(" "));
