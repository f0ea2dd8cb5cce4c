/**
 * Transitive dependents of every strongly connected component, as bitsets over the source
 * modules: reach(c) = source members of c ∪ reach of every component importing into c.
 * One pass over the condensation in topological order (importers first), so the cost is
 * O((V + E) · K / 32) instead of one search per module or per area.
 */
import { bitset, orInto, setBit } from './bitset.js';
import { stronglyConnected, type Components } from './scc.js';

export interface Reach {
  components: Components;
  /** bit position per module among the source modules, -1 for the other kinds */
  bit: Int32Array;
  /** per component */
  dependents: Uint32Array[];
  universe: number;
}

/** @param components the graph's strongly connected components, when the caller has them already */
export function transitiveDependents(test: readonly boolean[], out: readonly (readonly number[])[], components: Components = stronglyConnected(test.length, out)): Reach {
  const n = test.length;
  const bit = new Int32Array(n).fill(-1);
  let universe = 0;
  for (let i = 0; i < n; i++) if (!test[i]) bit[i] = universe++;

  const dependents = components.members.map(() => bitset(universe));
  for (let c = components.members.length - 1; c >= 0; c--) {
    const own = dependents[c]!;
    for (const v of components.members[c]!) if (bit[v]! >= 0) setBit(own, bit[v]!);
    // Every importer of c was emitted after c, so own is complete here: push it to the targets.
    for (const v of components.members[c]!) {
      for (const t of out[v]!) {
        const target = components.of[t]!;
        if (target !== c) orInto(dependents[target]!, own);
      }
    }
  }
  return { components, bit, dependents, universe };
}
