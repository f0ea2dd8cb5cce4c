import type { Adjacency } from './adjacency.js';
import { orInto, popcount, setBit } from './bitset.js';
import { componentMembers, stronglyConnectedComponents } from './strongly-connected.js';

// Transitive dependents counted over the condensation DAG (one bitset of ancestors per strongly
// connected component, filled in topological order) instead of a search per node: O(C·N/32 + E·N/32).
export function blastRadius(graph: Adjacency, counts: Uint8Array, scc = stronglyConnectedComponents(graph)): Uint32Array {
  const { n, starts, targets } = graph;
  const { component, count } = scc;
  const words = Math.ceil(n / 32);
  const members = componentMembers(component, count);
  const ancestors: Array<Uint32Array | undefined> = new Array(count);
  const countedMembers = new Uint32Array(count);
  const result = new Uint32Array(n);
  // Components were numbered sinks first, so the highest number has no dependents left to add.
  for (let c = count - 1; c >= 0; c -= 1) {
    const own = ancestors[c] ?? new Uint32Array(words);
    const list = members[c] as number[];
    const withMembers = own.slice();
    for (const v of list) if (counts[v]) {
      setBit(withMembers, v);
      countedMembers[c] = (countedMembers[c] as number) + 1;
    }
    const base = popcount(own);
    // Every other counted member of the component reaches v too; v itself does not count.
    for (const v of list) result[v] = base + (countedMembers[c] as number) - (counts[v] ? 1 : 0);
    for (const v of list) {
      for (let e = starts[v] as number; e < (starts[v + 1] as number); e += 1) {
        const d = component[targets[e] as number] as number;
        if (d === c) continue;
        orInto(ancestors[d] ?? (ancestors[d] = new Uint32Array(words)), withMembers);
      }
    }
    ancestors[c] = undefined;
  }
  return result;
}
