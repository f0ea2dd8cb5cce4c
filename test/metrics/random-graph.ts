/** Deterministic random directed graphs for comparing our metrics with reference implementations. */
export function randomGraph(n: number, edgeCount: number, seed: number): Array<[number, number]> {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pairs = new Map<string, [number, number]>();
  while (pairs.size < edgeCount) {
    const s = Math.floor(next() * n);
    const t = Math.floor(next() * n);
    if (s !== t) pairs.set(`${s},${t}`, [s, t]);
  }
  return [...pairs.values()];
}
