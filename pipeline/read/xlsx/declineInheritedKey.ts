import type { XmlTokenizer } from "./XmlTokenizer.ts";
import { isInheritedKey } from "./isInheritedKey.ts";

/** Declines when exceljs would key a plain object by `key` and find an inherited member there (see isInheritedKey). */
export function declineInheritedKey(tok: XmlTokenizer, key: string | undefined, what: string): void {
  if (key !== undefined && isInheritedKey(key)) tok.fail(`${what} keyed "${key}"`);
}
