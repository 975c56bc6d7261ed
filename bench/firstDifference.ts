/**
 * Where two reader results first differ, as a path and both values, or null when they are equal the
 * way `toEqual` sees it: Dates by their time (an Invalid Date equal to another), numbers with Object.is,
 * a key holding undefined the same as a missing key.
 */
export function firstDifference(a: unknown, b: unknown, path = "$"): string | null {
  if (a instanceof Date || b instanceof Date) {
    const same = a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
    return same ? null : `${path}: ${show(a)} ≠ ${show(b)}`;
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return Object.is(a, b) ? null : `${path}: ${show(a)} ≠ ${show(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array ≠ object`;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return `${path}: length ${a.length} ≠ ${b.length}`;
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const x = a as Record<string, unknown>, y = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
    const d = firstDifference(x[key], y[key], `${path}.${key}`);
    if (d) return d;
  }
  return null;
}

function show(v: unknown): string {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "Invalid Date" : `Date(${v.toISOString()})`;
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}
