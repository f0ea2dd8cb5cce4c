// Fan-in / fan-out (Henry & Kafura 1981): distinct modules importing a module / imported by it.
export function fanInOut(n: number, pairs: ReadonlyArray<readonly [number, number]>): { fanIn: Uint32Array; fanOut: Uint32Array } {
  const fanIn = new Uint32Array(n);
  const fanOut = new Uint32Array(n);
  const seen = new Set<number>();
  for (const [source, target] of pairs) {
    const key = source * n + target;
    if (seen.has(key)) continue;
    seen.add(key);
    fanOut[source] = (fanOut[source] as number) + 1;
    fanIn[target] = (fanIn[target] as number) + 1;
  }
  return { fanIn, fanOut };
}
