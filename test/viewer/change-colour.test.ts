import { describe, expect, it } from 'vitest';
import { compareReports } from '../../analyzer/report/compare/compare-reports.js';
import { formatDelta, largestDelta, scoreDeltas, useBaseline } from '../../viewer/src/change-colour.js';
import { metricById } from '../../viewer/src/colour-metrics.js';
import { YL_OR_RD } from '../../viewer/src/colour-scale.js';
import { metricColours } from '../../viewer/src/metric-colours.js';
import { indexReport } from '../../viewer/src/report-index.js';
import { sampleReport } from '../support/sample-report.js';

/** A baseline and a later report: one module rose from 0.1 to 0.7, one fell from 0.6 to 0.2, one is new (0.05). */
function pair() {
  const old = sampleReport({ modules: 60 });
  const now = structuredClone(old);
  const scored = now.modules.filter((m) => m.risk.score !== null);
  const [rose, fell, fresh] = [scored[0]!, scored[1]!, scored[2]!];
  old.modules.find((m) => m.path === rose.path)!.risk.score = 0.1;
  rose.risk.score = 0.7;
  old.modules.find((m) => m.path === fell.path)!.risk.score = 0.6;
  fell.risk.score = 0.2;
  fresh.risk.score = 0.05;
  old.modules = old.modules.filter((m) => m.path !== fresh.path);
  now.sinceBaseline = compareReports({ report: old, schemaVersion: 2 }, { report: now, schemaVersion: 2 });
  return { now, rose: rose.path, fell: fell.path, fresh: fresh.path, freshScore: fresh.risk.score! };
}

describe('change since baseline', () => {
  it('is the score now minus the score then; unchanged 0; a new module rises by its score', () => {
    const { now, rose, fell, fresh, freshScore } = pair();
    const deltas = scoreDeltas(now)!;
    expect(deltas.get(rose)).toBeCloseTo(0.6, 12);
    expect(deltas.get(fell)).toBeCloseTo(-0.4, 12);
    expect(deltas.get(fresh)).toBe(freshScore);
    const unchanged = now.modules.filter((m) => ![rose, fell, fresh].includes(m.path));
    for (const m of unchanged) expect(deltas.get(m.path), m.path).toBe(m.risk.score === null ? null : 0);
  });

  it('is absent without a baseline', () => {
    expect(scoreDeltas(sampleReport({ modules: 20 }))).toBeNull();
    expect(useBaseline(sampleReport({ modules: 20 }))).toBe(false);
  });

  it('colours the largest rise darkest and a fall or no change lightest', () => {
    const { now, rose, fell } = pair();
    expect(useBaseline(now)).toBe(true);
    const colours = metricColours(indexReport(now), metricById('change')!);
    expect(colours.moduleDomain.max).toBeCloseTo(0.6, 12);
    expect(colours.module.get(rose)).toBe(YL_OR_RD[YL_OR_RD.length - 1]);
    expect(colours.module.get(fell)).toBe(YL_OR_RD[0]);
  });

  it('gives an area its largest rise and prints a signed change', () => {
    expect(largestDelta([null, -0.2, 0.1])).toBe(0.1);
    expect(largestDelta([null, null])).toBeNull();
    expect([formatDelta(0.214), formatDelta(-0.05), formatDelta(0.0001)]).toEqual(['+0.21', '−0.05', '0.00']);
  });
});
