/** Rows back from a data loader's columns (see dashboards/lib/pack.ts). */
export function unpack(packed) {
  const names = Object.keys(packed.columns);
  const columns = names.map((name) => {
    const c = packed.columns[name];
    return Array.isArray(c) ? c : c.index.map((i) => c.dict[i]);
  });
  return Array.from({ length: packed.n }, (_, i) => Object.fromEntries(names.map((name, j) => [name, columns[j][i]])));
}
