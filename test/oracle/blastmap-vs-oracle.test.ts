import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import type { ModuleGraph } from '../../analyzer/graph/model.js';
import { computeMetrics } from '../../analyzer/metrics/index.js';
import { buildBlastmapGraph } from '../../scripts/oracle/blastmap-graph.js';
import { edgeAgreement } from '../../scripts/oracle/edge-agreement.js';
import { graphFigures } from '../../scripts/oracle/graph-figures.js';
import { oracleEdges } from '../../scripts/oracle/ts-edges.js';
import { writeFixtureRepo, type FixtureRepo } from './fixture-repo.js';

describe('blastmap against the independent oracles', () => {
  let fixture: FixtureRepo;
  let graph: ModuleGraph;
  beforeAll(async () => {
    fixture = writeFixtureRepo({ oracleOnly: false });
    graph = (await buildBlastmapGraph(fixture.dir)).graph;
  });
  afterAll(() => rmSync(fixture.dir, { recursive: true, force: true }));

  it('keeps every TS/JS file of the fixture as a module', () => {
    expect(graph.modules.map((m) => m.path)).toEqual(fixture.modules);
  });

  it('agrees with the TypeScript resolver on every edge, both ways', () => {
    const oracle = oracleEdges(fixture.dir, graph.modules.map((m) => m.path));
    const agreement = edgeAgreement(new Set(graph.edges.map((e) => `${e.source}\0${e.target}`)), oracle.edges);
    // listed first so a failure shows which edges differ
    expect({ onlyOurs: agreement.onlyOurs, onlyOracle: agreement.onlyOracle }).toEqual({ onlyOurs: [], onlyOracle: [] });
    expect([agreement.oursConfirmed, agreement.oracleCovered]).toEqual([1, 1]); // compare-edges asks 97 % of a real repository
  });

  it('computes fan-in, fan-out and blast radius as a plain BFS does on the same graph', () => {
    const metrics = computeMetrics(graph, DEFAULT_OPTIONS);
    const expected = graphFigures({ modules: graph.modules, edges: graph.edges });
    const actual = new Map(graph.modules.map((m) => {
      const { fanIn, fanOut, blastRadius } = metrics.modules.get(m.path)!;
      return [m.path, { fanIn, fanOut, blastRadius }];
    }));
    expect(actual).toEqual(expected);
    // not a trivial graph: vite.config, main, legacy and helper import math; Button and App reach it through helper.
    // vite.config.ts is tooling: an importer (fan-in) but not part of the product (blast radius)
    expect(graph.modules.find((m) => m.path === 'vite.config.ts')?.kind).toBe('tooling');
    expect(expected.get('src/lib/math.ts')).toEqual({ fanIn: 4, fanOut: 0, blastRadius: 5 });
  });
});
