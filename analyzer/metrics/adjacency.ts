/** Compact adjacency (CSR) of a directed graph over node indices 0..n-1, built once per run. */
export interface Adjacency {
  n: number;
  /** out-neighbours of i are targets[starts[i]..starts[i+1]) */
  starts: Uint32Array;
  targets: Uint32Array;
}

export function buildAdjacency(n: number, edges: ReadonlyArray<readonly [number, number]>): Adjacency {
  const starts = new Uint32Array(n + 1);
  for (const [source] of edges) starts[source + 1] = (starts[source + 1] ?? 0) + 1;
  for (let i = 0; i < n; i += 1) starts[i + 1] = (starts[i + 1] ?? 0) + (starts[i] ?? 0);
  const fill = starts.slice(0, n);
  const targets = new Uint32Array(edges.length);
  for (const [source, target] of edges) {
    targets[fill[source] as number] = target;
    fill[source] = (fill[source] as number) + 1;
  }
  return { n, starts, targets };
}

/** Indexes paths and keeps the edges whose two ends are both indexed. */
export function indexEdges(
  paths: readonly string[],
  edges: ReadonlyArray<{ source: string; target: string }>,
): { index: Map<string, number>; pairs: Array<[number, number]> } {
  const index = new Map(paths.map((path, i) => [path, i]));
  const pairs: Array<[number, number]> = [];
  for (const edge of edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s !== undefined && t !== undefined && s !== t) pairs.push([s, t]);
  }
  return { index, pairs };
}
