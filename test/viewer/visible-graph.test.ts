import { describe, expect, it } from 'vitest';
import { areaBoxes } from '../../viewer/src/area-boxes.js';
import { metricById } from '../../viewer/src/colour-metrics.js';
import { graphElements } from '../../viewer/src/elements.js';
import { ancestorsOf, openingExpansion } from '../../viewer/src/expansion.js';
import { moduleMatches, NO_FILTER } from '../../viewer/src/filters.js';
import { metricColours } from '../../viewer/src/metric-colours.js';
import { indexReport } from '../../viewer/src/report-index.js';
import { visibleGraph } from '../../viewer/src/visible-graph.js';
import { sampleReport } from '../support/sample-report.js';

const small = indexReport(sampleReport({ modules: 300 }));
const large = indexReport(sampleReport({ modules: 3000 }));

describe('visibleGraph', () => {
  it('draws every module and every distinct import when all areas are open', () => {
    const g = visibleGraph(small, new Set(small.areaNodes.keys()), NO_FILTER);
    expect(g.modules.length).toBe(small.report.modules.length);
    const pairs = new Set(small.report.edges.map((e) => `${e.source}\u0000${e.target}`));
    expect(g.edges.length).toBe(pairs.size);
    expect(g.edges.every((e) => !e.aggregated && e.imports === 1)).toBe(true);
  });

  it('stands collapsed areas in for their modules and counts the imports they merge', () => {
    const expanded = openingExpansion(large);
    const g = visibleGraph(large, expanded, NO_FILTER, Number.MAX_SAFE_INTEGER);
    expect(g.modules.length).toBeLessThan(large.report.modules.length);
    const crossing = large.report.edges.filter((e) => g.representative.get(e.source) !== g.representative.get(e.target));
    expect(g.edges.reduce((sum, e) => sum + e.imports, 0)).toBe(crossing.length);
    for (const e of g.edges) expect(g.areas.has(e.source) || g.modules.includes(e.source.slice(2))).toBe(true);
  });

  it('keeps only the heaviest links past the limit, and says how many there were', () => {
    const g = visibleGraph(large, new Set(large.areaNodes.keys()), NO_FILTER, 100);
    expect(g.edges).toHaveLength(100);
    expect(g.totalEdges).toBe(new Set(large.report.edges.map((e) => `${e.source}\u0000${e.target}`)).size);
  });

  it('drops modules the filter rejects, and areas left empty', () => {
    const filter = { ...NO_FILTER, tests: 'tests' as const };
    const g = visibleGraph(small, new Set(small.areaNodes.keys()), filter);
    expect(g.modules.length).toBe(small.report.modules.filter((m) => m.test).length);
    for (const path of g.modules) expect(moduleMatches(small.modules.get(path)!, filter)).toBe(true);
    for (const [, { node }] of g.areas) expect(g.modules.some((p) => p.startsWith(`${node.path}/`))).toBe(true);
  });
});

describe('openingExpansion', () => {
  it('opens a small repository completely', () => {
    expect(openingExpansion(small).size).toBe(small.areaNodes.size);
  });

  it('opens a large one as a map of areas', () => {
    // whole levels: the root, packages/ and every package's src/; one more level passes 150 nodes
    const expanded = openingExpansion(large);
    const packages = [...large.areaNodes.keys()].filter((p) => /^packages\/[^/]+\/src$/.test(p));
    expect([...expanded].sort()).toEqual(['.', 'packages', ...packages].sort());
    expect(packages).toHaveLength(12);
    const g = visibleGraph(large, expanded, NO_FILTER);
    expect(g.modules.length + g.areas.size).toBeLessThanOrEqual(150);
    // drawn: the modules right inside an open area, and every area right inside one
    expect([...g.modules].sort()).toEqual(large.report.modules.filter((m) => expanded.has(m.area)).map((m) => m.path).sort());
    const insideOpen = [...large.areaNodes.values()].filter((n) => n.parent !== null && expanded.has(n.parent.path));
    expect([...g.areas.keys()].sort()).toEqual(insideOpen.map((n) => `a:${n.path}`).sort());
  });

  it('lists the areas to open to reveal a module', () => {
    const m = large.report.modules[0]!;
    const chain = ancestorsOf(large.areaOfModule.get(m.path)!);
    expect(chain[chain.length - 1]).toBe('.');
    expect(visibleGraph(large, new Set(chain), NO_FILTER).modules).toContain(m.path);
  });
});

describe('graphElements', () => {
  it('draws areas as plain boxes, each deeper than the area around it, with preset positions and metric colours', () => {
    const colours = metricColours(small, metricById('risk')!);
    const boxes = areaBoxes(small);
    const elements = graphElements(small, visibleGraph(small, new Set(small.areaNodes.keys()), NO_FILTER), boxes, colours);
    const depth = new Map<string, number>();
    for (const el of elements) {
      // no compound nodes: Cytoscape restyles a compound's whole family on every change (docs/viewer.md)
      expect(el.data.parent, el.data.id).toBeUndefined();
      const id = el.data.id!;
      if (id.startsWith('a:')) {
        const outer = small.areaNodes.get(id.slice(2))!.parent;
        const outerDepth = outer && outer.parent !== null ? depth.get(`a:${outer.path}`) : -1;
        expect(outerDepth, `${id} after the area around it`).toBeDefined();
        expect(el.data['depth'], id).toBe(outerDepth! + 1);
        depth.set(id, el.data['depth'] as number);
      }
      if (el.group === 'nodes') {
        // modules where the report's layout put them, areas at the middle of their boxes
        const box = boxes.get(id.slice(2));
        expect(el.position, id).toEqual(id.startsWith('m:') ? small.modules.get(id.slice(2))!.layout : { x: box?.x, y: box?.y });
        expect(el.data['colour']).toMatch(/^#[0-9a-f]{6}$/);
      }
    }
    const m = small.report.modules[5]!;
    const node = elements.find((e) => e.data.id === `m:${m.path}`)!;
    expect(node.position).toEqual(m.layout);
  });
});
