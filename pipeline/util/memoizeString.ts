/**
 * Remembers `fn`'s result per input string, up to `limit` strings (then starts afresh): labels,
 * statuses and header texts repeat on every row of every file, so each is worked out once.
 * `fn` must be pure.
 */
export function memoizeString<T>(fn: (s: string) => T, limit = 20_000): (s: string) => T {
  const known = new Map<string, T>();
  return (s: string): T => {
    const hit = known.get(s);
    if (hit !== undefined || known.has(s)) return hit as T;
    const result = fn(s);
    if (known.size >= limit) known.clear();
    known.set(s, result);
    return result;
  };
}
