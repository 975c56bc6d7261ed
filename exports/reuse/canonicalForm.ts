/**
 * `value` written out the same way whenever it holds the same data: JSON with the keys of every object
 * in sorted order, except that a long text met again is written `@n`, n counting the distinct long texts
 * from 0 in order of first appearance. Rows that repeat long texts (requirements, legal bases) thus
 * make a text a fraction of the size, quicker to write and to hash; it still reads back to one value only.
 */
export function canonicalForm(value: unknown): string {
  const parts: string[] = [];
  write(value, parts, new Map());
  return parts.join("");
}

const LONG_TEXT = 48;

function write(value: unknown, parts: string[], texts: Map<string, number>): void {
  if (typeof value === "string") {
    const seen = value.length >= LONG_TEXT ? texts.get(value) : undefined;
    if (seen !== undefined) {
      parts.push(`@${seen}`);
      return;
    }
    if (value.length >= LONG_TEXT) texts.set(value, texts.size);
    parts.push(JSON.stringify(value));
  } else if (typeof value === "bigint") {
    parts.push(String(value));
  } else if (value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    parts.push(JSON.stringify(value) ?? "null");
  } else if (Array.isArray(value)) {
    parts.push("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) parts.push(",");
      write(value[i], parts, texts);
    }
    parts.push("]");
  } else {
    const record = value as Record<string, unknown>;
    let first = true;
    parts.push("{");
    for (const key of Object.keys(record).sort()) {
      const item = record[key];
      if (item === undefined || typeof item === "function") continue;
      parts.push(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
      first = false;
      write(item, parts, texts);
    }
    parts.push("}");
  }
}
