import { describe, expect, it } from 'vitest';
import type { ReportModule } from '../../analyzer/report/schema/index.js';
import { computeLayout } from '../../analyzer/report/layout/layout.js';
import { areaBoxes } from '../../viewer/src/area-boxes.js';
import { riskMass, riskyCutoff } from '../../analyzer/report/heat/area-heat.js';
import { boxLabel, boxLabelSize, boxLabelWidth, GLYPH_WIDTH, labelInk, largestLabel } from '../../viewer/src/box-label.js';
import { metricById } from '../../viewer/src/colour-metrics.js';
import { fitZoom, openingExpansion, ROOM_FOR_MODULES_ZOOM } from '../../viewer/src/expansion.js';
import { NO_FILTER } from '../../viewer/src/filters.js';
import { metricColours } from '../../viewer/src/metric-colours.js';
import { PathSuffixes } from '../../viewer/src/path-suffix.js';
import { indexReport } from '../../viewer/src/report-index.js';
import { visibleGraph } from '../../viewer/src/visible-graph.js';
import { YL_OR_RD } from '../../viewer/src/colour-scale.js';
import { sampleReport } from '../support/sample-report.js';

const scored = (path: string, score: number | null, level: ReportModule['risk']['level']) => ({ path, risk: { score, level, factors: [], explanation: '' } }) as unknown as ReportModule;

describe('risk mass', () => {
  it('sums the scores of modules rated medium or above, or in the riskiest tenth', () => {
    // 20 modules: the riskiest tenth is the top two (0.9, 0.3); medium or above: 0.9, 0.5, 0.4
    const ms = [scored('a/1', 0.9, 'critical'), scored('a/2', 0.3, 'low'), scored('b/1', 0.5, 'medium'), scored('b/2', 0.4, 'medium'),
      ...Array.from({ length: 16 }, (_, i) => scored(`c/${i}`, 0.1, 'low'))];
    const risky = riskyCutoff(ms);
    // with 0.5 and 0.4 rated medium, the cut-off is the lower of 0.4 (lowest medium) and 0.5 (tenth)
    expect(risky).toEqual({ cutoff: 0.4 });
    expect(riskMass(ms.filter((m) => m.path.startsWith('a/')), risky)).toBeCloseTo(0.9);
    expect(riskMass(ms.filter((m) => m.path.startsWith('b/')), risky)).toBeCloseTo(0.9);
    // sixteen quiet modules weigh nothing, however many
    expect(riskMass(ms.filter((m) => m.path.startsWith('c/')), risky)).toBe(0);
    expect(riskMass([scored('x', null, null)], risky)).toBeNull();
    expect(riskyCutoff([scored('x', null, null)])).toBeNull();
  });

  it('still has a map when no module reaches medium: the riskiest tenth counts', () => {
    const ms = Array.from({ length: 30 }, (_, i) => scored(`m/${i}`, i / 100, 'low'));
    expect(riskyCutoff(ms)).toEqual({ cutoff: 0.27 });
    expect(riskMass(ms, riskyCutoff(ms))).toBeCloseTo(0.27 + 0.28 + 0.29);
  });

  it('colours the box holding the most mass darkest among the boxes drawn, whatever their depth', () => {
    const index = indexReport(sampleReport({ modules: 3000 }));
    const visible = visibleGraph(index, openingExpansion(index), NO_FILTER);
    const colours = metricColours(index, metricById('risk')!, visible.heatBoxes);
    const boxes = [...visible.heatBoxes];
    const top = boxes.reduce((best, p) => ((colours.areaValues.get(p) ?? 0) > (colours.areaValues.get(best) ?? 0) ? p : best));
    expect(colours.area.get(top)).toBe(YL_OR_RD[YL_OR_RD.length - 1]);
    // an area holding nothing risky is the palest colour
    const emptyOnes = boxes.filter((p) => colours.areaValues.get(p) === 0);
    for (const p of emptyOnes) expect(colours.area.get(p)).toBe(YL_OR_RD[0]);
  });
});

describe('opening: folders as boxes until a box has room for its modules', () => {
  const small = indexReport(sampleReport({ modules: 120 }));
  const mid = indexReport(sampleReport({ modules: 900 }));

  it('opens every area when the fitted map draws modules at a readable size', () => {
    const boxes = areaBoxes(small);
    const big = { width: 4000, height: 4000 };
    expect(fitZoom(boxes, big)).toBeGreaterThanOrEqual(ROOM_FOR_MODULES_ZOOM);
    expect(openingExpansion(small, { boxes, screen: big }).size).toBe(small.areaNodes.size);
  });

  it('keeps folders as boxes when the modules would be specks', () => {
    const boxes = areaBoxes(mid);
    const screen = { width: 1300, height: 850 };
    expect(fitZoom(boxes, screen)).toBeLessThan(ROOM_FOR_MODULES_ZOOM);
    const expanded = openingExpansion(mid, { boxes, screen });
    expect(expanded.size).toBeLessThan(mid.areaNodes.size);
    const visible = visibleGraph(mid, expanded, NO_FILTER);
    expect(visible.modules.length + visible.areas.size).toBeLessThanOrEqual(150);
  });

  it('fits the whole map: the zoom is the smaller of the two screen ratios', () => {
    const boxes = new Map([['a', { x: 0, y: 0, width: 100, height: 50 }], ['b', { x: 150, y: 0, width: 100, height: 50 }]]);
    // extent 250 × 50; screen 560 × 160 less 30 px margins: min(500 / 250, 100 / 50) = 2
    expect(fitZoom(boxes, { width: 560, height: 160 })).toBe(2);
  });
});

describe('box labels', () => {
  it('keeps a name within the width and a third of the height, and cuts long names rather than shrink them to nothing', () => {
    for (const [label, w, h] of [['graph · 105', 120, 120], ['a-very-long-directory-name · 1,204', 80, 200], ['x', 300, 20]] as const) {
      const size = boxLabelSize(label, w, h);
      expect(size).toBeLessThanOrEqual(h * 0.3 + 1e-9);
      const drawnWidth = Math.min(boxLabelWidth(w), size * GLYPH_WIDTH * label.length);
      expect(drawnWidth).toBeLessThanOrEqual(w);
    }
    // the long name in a narrow box keeps room for eight characters instead of a tiny full name
    expect(boxLabelSize('a-very-long-directory-name · 1,204', 80, 200)).toBeCloseTo((80 * 0.9) / (GLYPH_WIDTH * 8));
  });

  it('lets names grow with a large map, so that they are read once the map fits the screen', () => {
    // mui-x's map is about 40,000 units across; fitted into 1,000 px, a box a tenth of it wide
    const zoom = 1_000 / 40_000;
    const onLargeMap = boxLabel('x-charts', '1,234', 4_000, 5_000, largestLabel(40_000));
    expect(onLargeMap.size * zoom).toBeGreaterThanOrEqual(12);
    expect(onLargeMap.size).toBeLessThanOrEqual(5_000 * 0.3);
    // with the fixed cap it would be 240 units: 6 px
    expect(boxLabel('x-charts', '1,234', 4_000, 5_000).size * zoom).toBe(6);
    // a small map keeps the fixed cap
    expect(largestLabel(2_000)).toBe(240);
  });
});

describe('PathSuffixes', () => {
  it('shows the shortest ending no other path has', () => {
    const s = new PathSuffixes(['pkg/a/src/types.ts', 'pkg/b/src/types.ts', 'pkg/a/stdio.ts', 'x.ts', 'lib/x.ts', 'a/src/y.ts', 'b/lib/y.ts']);
    expect(s.shortest('pkg/a/src/types.ts')).toBe('a/src/types.ts');
    expect(s.shortest('pkg/b/src/types.ts')).toBe('b/src/types.ts');
    expect(s.shortest('pkg/a/stdio.ts')).toBe('stdio.ts');
    expect(s.shortest('x.ts')).toBe('x.ts');
    expect(s.shortest('lib/x.ts')).toBe('lib/x.ts');
    expect(s.shortest('a/src/y.ts')).toBe('src/y.ts');
    // a directory name that only matches part of a step is not an ending: "b/lib" is not "lib"
    expect(new PathSuffixes(['a/blib/z.ts', 'c/lib/z.ts']).shortest('c/lib/z.ts')).toBe('lib/z.ts');
  });
});

describe('the map\'s shape', () => {
  it('packs the top level toward a landscape canvas rather than a column', () => {
    // two large folders: rows of "roughly square" shape would stack them, a third of the width
    const modules = [...Array.from({ length: 400 }, (_, i) => ({ path: `a/m${i}.ts`, area: 'a', blastRadius: 0 })),
      ...Array.from({ length: 300 }, (_, i) => ({ path: `b/m${i}.ts`, area: 'b', blastRadius: 0 }))];
    const positions = [...computeLayout({ modules, edges: [] }).values()];
    const xs = positions.map((p) => p.x);
    const ys = positions.map((p) => p.y);
    const aspect = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    expect(aspect).toBeGreaterThan(1.4);
    // and the two folders sit side by side
    const right = (folder: string) => Math.max(...modules.filter((m) => m.area === folder).map((m) => computeLayout({ modules, edges: [] }).get(m.path)!.x));
    expect(right('a')).toBeLessThan(Math.min(...positions.filter((_, i) => modules[i]!.area === 'b').map((p) => p.x)));
  });
});

describe('boxLabel', () => {
  it('drops the count before cutting the name, and writes white on the dark end of the scale', () => {
    expect(boxLabel('x-data-grid', '552', 79, 145).label).toBe('x-data-grid');
    expect(boxLabel('x-data-grid', '552', 300, 145).label).toBe('x-data-grid · 552');
    expect(labelInk(YL_OR_RD[8]).ink).toBe('#ffffff');
    expect(labelInk(YL_OR_RD[0]).ink).toBe('#1f2328');
  });
});
