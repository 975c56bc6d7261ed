/**
 * Whether a plain object already answers to `key` (a member of Object.prototype: "toString",
 * "constructor", "__proto__" …). exceljs looks element names, addresses and ids up in plain objects;
 * such a key makes it throw or mix records up.
 */
export function isInheritedKey(key: string): boolean {
  return key in Object.prototype;
}
