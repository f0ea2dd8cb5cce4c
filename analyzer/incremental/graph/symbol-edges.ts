import { Interner } from '../../core/interner.js';
import type { SymbolEdge } from '../../graph/model.js';
import { symbolEdges, type SymbolFacts } from '../../graph/symbol-edges.js';
import { digestOf } from '../keys.js';
import type { Codec, Memory } from '../memory.js';

/** Paths once each, and the edges as pairs of indexes into them. */
const EDGES: Codec<SymbolEdge[]> = {
  encode(edges) {
    const paths = new Interner();
    const pairs = edges.flatMap((e) => [paths.id(e.source), paths.id(e.target)]);
    return { paths: paths.all, pairs };
  },
  decode(stored) {
    const { paths, pairs } = (stored ?? {}) as { paths?: unknown; pairs?: unknown };
    if (!Array.isArray(paths) || !Array.isArray(pairs)) return undefined;
    const edges: SymbolEdge[] = [];
    for (let i = 0; i + 1 < pairs.length; i += 2) edges.push({ source: paths[pairs[i] as number] as string, target: paths[pairs[i + 1] as number] as string });
    return edges;
  },
};

/**
 * symbolEdges, or the last run's edges when the facts they follow are the same: the uses,
 * re-exports and exports of every module, in order. A commit that edits function bodies leaves
 * them as they were.
 */
export function rememberedSymbolEdges(memory: Memory): (facts: Map<string, SymbolFacts>) => SymbolEdge[] {
  return (facts) => memory.memoize('symbols', factsKey(facts), () => symbolEdges(facts), EDGES).value;
}

/** Every fact symbolEdges reads, in the order it reads them. */
function factsKey(facts: Map<string, SymbolFacts>): string {
  const parts: string[] = [];
  for (const [path, f] of facts) parts.push(JSON.stringify([path, f.definesCode, f.uses, f.reexports, [...f.localExports]]));
  return digestOf(parts);
}
