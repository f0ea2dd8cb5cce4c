import { describe, expect, it } from 'vitest';
import { symbolEdges, type SymbolFacts } from '../../analyzer/graph/symbol-edges.js';

type Spec = { uses?: SymbolFacts['uses']; stars?: string[]; local?: string[] };

function facts(specs: Record<string, Spec>): Map<string, SymbolFacts> {
  return new Map(
    Object.entries(specs).map(([path, spec]) => [
      path,
      {
        uses: spec.uses ?? [],
        reexports: (spec.stars ?? []).map((target) => ({ target, imported: '*', exported: '*' })),
        localExports: new Set(spec.local ?? []),
        definesCode: (spec.local ?? []).length > 0,
      },
    ]),
  );
}

const users = (edges: ReturnType<typeof symbolEdges>, target: string) => edges.filter((e) => e.target === target).map((e) => e.source);

describe('symbolEdges', () => {
  it('follows `export *` chains to the definition and charges nothing to the barrels', () => {
    const edges = symbolEdges(facts({
      'index.ts': { stars: ['mid.ts'] },
      'mid.ts': { stars: ['a.ts', 'b.ts'] },
      'a.ts': { local: ['x'] },
      'b.ts': { local: ['y'] },
      'use.ts': { uses: [{ target: 'index.ts', names: ['y'] }] },
    }));
    expect(edges).toEqual([{ source: 'use.ts', target: 'b.ts' }]);
  });

  it('finds a definition through an `export *` cycle, whichever side of it a user imports from', () => {
    // a.ts: export * from b, export * from c; b.ts: export * from a; c.ts defines z.
    const edges = symbolEdges(facts({
      'a.ts': { stars: ['b.ts', 'c.ts'] },
      'b.ts': { stars: ['a.ts'] },
      'c.ts': { local: ['z'] },
      'u1.ts': { uses: [{ target: 'a.ts', names: ['z'] }] },
      'u2.ts': { uses: [{ target: 'b.ts', names: ['z'] }] },
    }));
    expect(users(edges, 'c.ts')).toEqual(['u1.ts', 'u2.ts']);
    expect(users(edges, 'b.ts')).toEqual([]);
  });

  it('gives namespace users of a cycle every module in it, from either side', () => {
    const edges = symbolEdges(facts({
      'p.ts': { stars: ['q.ts'], local: ['p'] },
      'q.ts': { stars: ['p.ts'], local: ['q'] },
      'r.ts': { uses: [{ target: 'p.ts', names: ['*'] }] },
      's.ts': { uses: [{ target: 'q.ts', names: ['*'] }] },
    }));
    expect(users(edges, 'p.ts')).toEqual(['r.ts', 's.ts']);
    expect(users(edges, 'q.ts')).toEqual(['r.ts', 's.ts']);
  });

  it('gives the same edges whatever order the modules come in (a whole import of a module that defines nothing)', () => {
    const specs: Record<string, Spec> = {
      'empty.ts': {},
      'barrel.ts': { stars: ['empty.ts'] },
      'a.ts': { uses: [{ target: 'empty.ts', names: [] }] },
      'c.ts': { uses: [{ target: 'barrel.ts', names: [] }] },
    };
    const forward = symbolEdges(facts(specs));
    const backward = symbolEdges(facts(Object.fromEntries(Object.entries(specs).reverse())));
    const sorted = (edges: ReturnType<typeof symbolEdges>) => [...edges].sort((x, y) => (x.source + x.target < y.source + y.target ? -1 : 1));
    expect(sorted(forward)).toEqual(sorted(backward));
    expect(users(forward, 'barrel.ts')).toEqual(['c.ts']);
  });
});
