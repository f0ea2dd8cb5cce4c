import { describe, expect, it } from 'vitest';
import { buildAreaTree, walkAreaTree } from '../../analyzer/report/layout/area-tree.js';
import { computeLayout } from '../../analyzer/report/layout/layout.js';
import { moduleDiameter } from '../../analyzer/report/layout/node-size.js';
import { areaBoxes } from '../../viewer/src/area-boxes.js';
import { indexReport } from '../../viewer/src/report-index.js';
import { sampleReport } from '../support/sample-report.js';

const inputOf = (modules: number) => {
  const report = sampleReport({ modules, withLayout: false });
  return { report, input: { modules: report.modules.map((m) => ({ path: m.path, area: m.area, blastRadius: m.graph.blastRadius })), edges: report.edges } };
};

describe('computeLayout', () => {
  it('places every module, deterministically, whatever the input order', () => {
    const { input } = inputOf(600);
    const a = computeLayout(input);
    const b = computeLayout({ ...input, modules: [...input.modules].reverse() });
    expect(a.size).toBe(input.modules.length);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
  });

  it('never lets two modules overlap', () => {
    const { input } = inputOf(600);
    const positions = computeLayout(input);
    const max = Math.max(...input.modules.map((m) => m.blastRadius));
    const discs = input.modules.map((m) => ({ ...positions.get(m.path)!, r: moduleDiameter(m.blastRadius, max) / 2 }));
    for (let i = 0; i < discs.length; i++) {
      for (let j = i + 1; j < discs.length; j++) {
        const [p, q] = [discs[i]!, discs[j]!];
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(p.r + q.r - 0.5);
      }
    }
  });

  it('gives sibling areas boxes that do not overlap, so compound nodes stay apart', () => {
    const { report } = inputOf(600);
    const index = indexReport(report);
    const boxes = areaBoxes(index);
    walkAreaTree(index.tree, (node) => {
      const kids = node.children.map((c) => boxes.get(c.path)!);
      for (let i = 0; i < kids.length; i++) {
        for (let j = i + 1; j < kids.length; j++) {
          const [a, b] = [kids[i]!, kids[j]!];
          const apart = Math.abs(a.x - b.x) * 2 >= a.width + b.width || Math.abs(a.y - b.y) * 2 >= a.height + b.height;
          expect(apart, `${node.children[i]!.path} / ${node.children[j]!.path}`).toBe(true);
        }
      }
    });
  });

  // how long it takes is the bench's figure (npm run bench: layout); the timeout only catches a hang
  it('lays out 20,000 modules, every one of them', () => {
    const { input } = inputOf(20_000);
    const positions = computeLayout(input);
    expect(positions.size).toBe(20_000);
  }, 120_000);
});

describe('buildAreaTree', () => {
  it('folds directories that hold nothing but one sub-directory', () => {
    const tree = buildAreaTree([
      { path: 'src/core/a.ts', area: 'src/core' },
      { path: 'src/core/deep/x/b.ts', area: 'src/core/deep/x' },
      { path: 'top.ts', area: '.' },
    ]);
    expect(tree.modules).toEqual(['top.ts']);
    expect(tree.children.map((c) => [c.path, c.label])).toEqual([['src/core', 'src/core']]);
    expect(tree.children[0]!.children.map((c) => [c.path, c.label])).toEqual([['src/core/deep/x', 'deep/x']]);
  });
});
