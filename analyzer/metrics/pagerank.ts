import type { Adjacency } from './adjacency.js';

// PageRank (Brin & Page 1998), the power iteration graphology-metrics runs (damping 0.85, a
// dangling node's rank spread evenly, stop when the L1 change is under n × tolerance), on the CSR
// adjacency instead of a graphology graph: the tests hold it to graphology's figures. An importer
// passes rank to what it imports, so widely (and importantly) imported modules rank high.
const ALPHA = 0.85;
const TOLERANCE = 1e-9;
const MAX_ITERATIONS = 1000;

export function pagerank(graph: Adjacency): Float64Array {
  const { n, starts, targets } = graph;
  if (n === 0) return new Float64Array(0);
  const p = 1 / n;
  const dangling: number[] = [];
  const share = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const degree = (starts[i + 1] as number) - (starts[i] as number);
    if (degree === 0) dangling.push(i);
    else share[i] = 1 / degree;
  }
  let x = new Float64Array(n).fill(p);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration += 1) {
    let dangleSum = 0;
    for (const i of dangling) dangleSum += x[i] as number;
    dangleSum *= ALPHA;
    next.fill(0);
    for (let i = 0; i < n; i += 1) {
      const passed = ALPHA * (x[i] as number);
      for (let e = starts[i] as number; e < (starts[i + 1] as number); e += 1) {
        const j = targets[e] as number;
        next[j] = (next[j] as number) + passed * (share[i] as number);
      }
      next[i] = (next[i] as number) + dangleSum * p + (1 - ALPHA) * p;
    }
    let error = 0;
    for (let i = 0; i < n; i += 1) error += Math.abs((next[i] as number) - (x[i] as number));
    [x, next] = [next, x];
    if (error < n * TOLERANCE) break;
  }
  return x;
}
