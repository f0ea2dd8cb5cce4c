import { createHash } from 'node:crypto';
import type { StageMemo } from '../core/run-cache.js';
import type { SymbolEdge } from './model.js';
import { symbolEdges, type SymbolFacts } from './symbol-edges.js';

interface SymbolEdgesMemo {
  key: string;
  paths: string[];
  /** source and target as indexes into paths, two numbers per edge */
  pairs: number[];
}

/**
 * symbolEdges, or the last run's edges when the facts they follow are the same: the uses, re-exports
 * and exports of every module, in order. A commit that edits function bodies leaves them as they
 * were, and following every re-export chain again is a fifth of a warm run's graph stage.
 */
export function rememberedSymbolEdges(facts: Map<string, SymbolFacts>, memo: StageMemo | undefined): SymbolEdge[] {
  if (!memo) return symbolEdges(facts);
  const key = factsKey(facts);
  const stored = memo.load() as Partial<SymbolEdgesMemo> | undefined;
  if (stored?.key === key && Array.isArray(stored.paths) && Array.isArray(stored.pairs)) {
    const { paths, pairs } = stored;
    const edges: SymbolEdge[] = [];
    for (let i = 0; i + 1 < pairs.length; i += 2) edges.push({ source: paths[pairs[i] as number] as string, target: paths[pairs[i + 1] as number] as string });
    return edges;
  }
  const edges = symbolEdges(facts);
  const index = new Map<string, number>();
  const id = (path: string): number => {
    let known = index.get(path);
    if (known === undefined) index.set(path, (known = index.size));
    return known;
  };
  const pairs = edges.flatMap((e) => [id(e.source), id(e.target)]);
  memo.save({ key, paths: [...index.keys()], pairs } satisfies SymbolEdgesMemo);
  return edges;
}

/** Every fact symbolEdges reads, in the order it reads them. */
function factsKey(facts: Map<string, SymbolFacts>): string {
  const hash = createHash('sha1');
  const parts: string[] = [];
  for (const [path, f] of facts) parts.push(JSON.stringify([path, f.definesCode, f.uses, f.reexports, [...f.localExports]]));
  return hash.update(parts.join('\n')).digest('hex');
}
