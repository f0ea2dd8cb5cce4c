import { createHash } from 'node:crypto';
import { Interner } from '../core/interner.js';
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
  const paths = new Interner();
  const pairs = edges.flatMap((e) => [paths.id(e.source), paths.id(e.target)]);
  memo.save({ key, paths: paths.all, pairs } satisfies SymbolEdgesMemo);
  return edges;
}

/** Every fact symbolEdges reads, in the order it reads them. */
function factsKey(facts: Map<string, SymbolFacts>): string {
  const hash = createHash('sha1');
  for (const [path, f] of facts) hash.update(`${JSON.stringify([path, f.definesCode, f.uses, f.reexports, [...f.localExports]])}\n`);
  return hash.digest('hex');
}
