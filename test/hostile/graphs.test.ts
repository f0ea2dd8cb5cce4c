import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import type { Report } from '../../analyzer/report/schema/index.js';
import { buildEmptyGraph, buildGraphShapes, buildTestsOnlyGraph } from '../../scripts/fixtures/hostile/graphs.js';
import { analyzeHostile } from './support/contract.js';
import { nonFiniteNumbers } from './support/finite.js';
import { sandbox, type Sandbox } from './support/sandbox.js';

const boxes: Sandbox[] = [];
afterAll(() => boxes.forEach((box) => box.dispose()));

/** The CLI run (contract), and the report object before JSON could turn NaN into null. */
async function both(name: string, build: (dir: string) => string): Promise<Report> {
  const box = sandbox(name);
  boxes.push(box);
  build(box.repo);
  const inProcess = await analyze(box.repo, { ...DEFAULT_OPTIONS, out: join(box.root, 'unused') });
  expect(nonFiniteNumbers(inProcess)).toEqual([]);
  return analyzeHostile(box, { timeoutMs: 30_000 });
}

const module = (report: Report, path: string) => report.modules.find((m) => m.path === path);

describe('degenerate graphs', () => {
  it('no modules at all: an empty report, not a crash', async () => {
    const report = await both('graph-empty', buildEmptyGraph);
    expect(report.modules).toEqual([]);
    expect(report.summary).toMatchObject({ modules: 0, edges: 0 });
    // report.md says there is nothing, rather than "0 (all source)"
    const text = readFileSync(join(boxes.at(-1)!.out, 'report.md'), 'utf8');
    expect(text).toContain('- **Modules:** none: no TypeScript, JavaScript, Vue, Svelte or Astro file in the analyzed folder became a module\n');
  });

  it('only test modules: centralities over an empty core graph', async () => {
    const report = await both('graph-tests', buildTestsOnlyGraph);
    expect(report.modules.map((m) => [m.path, m.test])).toEqual([['a.test.ts', true], ['b.test.ts', true]]);
  });

  it('islands, a self-import, one import written four ways, and cycles', async () => {
    const report = await both('graph-shapes', buildGraphShapes);
    expect(module(report, 'island2/lonely.ts')?.graph).toMatchObject({ fanIn: 0, fanOut: 0, blastRadius: 0 });
    expect(module(report, 'self.ts')?.graph).toMatchObject({ fanIn: 0, fanOut: 0, blastRadius: 0 });
    expect(report.edges.filter((e) => e.source === 'self.ts')).toEqual([]);
    const dup = report.edges.filter((e) => e.source === 'dup/user.ts');
    expect(dup.map((e) => e.target)).toEqual(['dup/target.ts']);
    expect(module(report, 'dup/target.ts')?.graph.fanIn).toBe(1);
    for (const path of ['cycle3/p.ts', 'cycle3/q.ts', 'cycle3/r.ts']) expect(module(report, path)?.graph.blastRadius, path).toBe(2);
    for (const path of ['cycle2/x.ts', 'cycle2/y.ts']) expect(module(report, path)?.graph.blastRadius, path).toBe(1);
    // the two cycles, and the self-import, which cycles[] lists too (docs/graph.md)
    expect(report.summary.cycles).toBe(3);
    expect(report.cycles.map((c) => c.members)).toEqual([['cycle3/p.ts', 'cycle3/q.ts', 'cycle3/r.ts'], ['cycle2/x.ts', 'cycle2/y.ts'], ['self.ts']]);
  });
});
