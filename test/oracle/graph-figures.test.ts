import { describe, expect, it } from 'vitest';
import { graphFigures } from '../../scripts/oracle/graph-figures.js';

// a.ts <- b.ts <- c.ts <-> d.ts (cycle), a.ts <- a.test.ts, e.ts isolated
const modules = [
  { path: 'a.ts', test: false },
  { path: 'b.ts', test: false },
  { path: 'c.ts', test: false },
  { path: 'd.ts', test: false },
  { path: 'e.ts', test: false },
  { path: 'a.test.ts', test: true },
];
const edges = [
  { source: 'b.ts', target: 'a.ts' },
  { source: 'c.ts', target: 'b.ts' },
  { source: 'c.ts', target: 'd.ts' },
  { source: 'd.ts', target: 'c.ts' },
  { source: 'a.test.ts', target: 'a.ts' },
  { source: 'a.test.ts', target: 'b.ts' },
];

describe('graphFigures', () => {
  const figures = graphFigures({ modules, edges });

  it('counts distinct direct importers and imports', () => {
    expect(figures.get('a.ts')).toMatchObject({ fanIn: 2, fanOut: 0 });
    expect(figures.get('c.ts')).toMatchObject({ fanIn: 1, fanOut: 2 });
    expect(figures.get('a.test.ts')).toMatchObject({ fanIn: 0, fanOut: 2 });
  });

  it('counts non-test modules reaching a module, itself excluded even inside a cycle', () => {
    expect(figures.get('a.ts')!.blastRadius).toBe(3);
    expect(figures.get('b.ts')!.blastRadius).toBe(2);
    expect(figures.get('c.ts')!.blastRadius).toBe(1);
    expect(figures.get('d.ts')!.blastRadius).toBe(1);
    expect(figures.get('e.ts')!.blastRadius).toBe(0);
  });

  it('ignores self-edges and edges to unknown modules', () => {
    const more = graphFigures({ modules, edges: [...edges, { source: 'e.ts', target: 'e.ts' }, { source: 'x.ts', target: 'e.ts' }] });
    expect(more.get('e.ts')).toEqual({ fanIn: 0, fanOut: 0, blastRadius: 0 });
  });
});
