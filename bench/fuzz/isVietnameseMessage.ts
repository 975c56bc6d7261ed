const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
const LEAKS = /\b(undefined|null|NaN|\[object|TypeError|RangeError|Cannot read|is not a function)\b/;

/** A message a person can act on: Vietnamese, long enough to say something, no leaked JavaScript value or exception. */
export function isVietnameseMessage(message: unknown): boolean {
  // What the sender wrote is quoted in messages and may say anything ("NaN", "undefined"): judge the rest.
  return typeof message === "string" && message.length >= 15 && VIETNAMESE.test(message) && !LEAKS.test(message.replace(/"[^"]*"/g, '""'));
}
