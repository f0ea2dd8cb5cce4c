import { describe, expect, it } from 'vitest';
import { colourAt, NO_DATA_COLOUR, YL_OR_RD } from '../../viewer/src/colour-scale.js';
import { COLOUR_METRICS, domainOf, metricById, scalePosition, valueAt } from '../../viewer/src/colour-metrics.js';
import { formatHash, parseHash } from '../../viewer/src/hash-link.js';
import { metricColours } from '../../viewer/src/metric-colours.js';
import { indexReport } from '../../viewer/src/report-index.js';
import { searchPaths } from '../../viewer/src/search.js';
import { topRisks } from '../../viewer/src/top-risks.js';
import { NO_FILTER } from '../../viewer/src/filters.js';
import { HOSTILE_COMMENT_PATH, HOSTILE_PATH, sampleReport } from '../support/sample-report.js';

const index = indexReport(sampleReport({ modules: 300 }));

describe('colour scale', () => {
  it('runs from the lightest to the darkest stop', () => {
    expect(colourAt(0)).toBe(YL_OR_RD[0]);
    expect(colourAt(1)).toBe(YL_OR_RD[YL_OR_RD.length - 1]);
    expect(colourAt(Number.NaN)).toBe(YL_OR_RD[0]);
  });

  it('puts few owners at the dark end for bus factor', () => {
    const bus = metricById('busFactor')!;
    const domain = domainOf(bus, []);
    expect(scalePosition(bus, domain, 0)).toBe(1);
    expect(scalePosition(bus, domain, 9)).toBe(0);
    expect(valueAt(bus, domain, 1)).toBe(0);
  });

  it('inverts its own scale for legend ticks', () => {
    for (const metric of COLOUR_METRICS) {
      const domain = { min: 0, max: 500 };
      for (const t of [0, 0.3, 1]) expect(scalePosition(metric, domain, valueAt(metric, domain, t))).toBeCloseTo(t, 6);
    }
  });

  it('greys out modules without history instead of guessing', () => {
    const colours = metricColours(index, metricById('churn')!);
    const without = index.report.modules.filter((m) => m.history === null).map((m) => m.path);
    expect(without).toHaveLength(8); // the sample leaves every 41st module, from the 8th, uncommitted
    expect(index.report.modules.filter((m) => colours.module.get(m.path) === NO_DATA_COLOUR).map((m) => m.path)).toEqual(without);
  });
});

describe('hash links', () => {
  it('round-trips any path, hostile ones included', () => {
    for (const path of [HOSTILE_PATH, HOSTILE_COMMENT_PATH, 'a b/c#d&e=f.ts']) {
      const hash = formatHash({ target: { kind: 'module', path }, metric: 'churn' });
      expect(hash).not.toMatch(/[<>\s]/);
      expect(parseHash(hash)).toEqual({ target: { kind: 'module', path }, metric: 'churn' });
    }
  });

  it('ignores what it does not understand', () => {
    expect(parseHash('#module=%E0%A4%A&metric=nope&x=1')).toEqual({ target: null, metric: null });
  });
});

describe('search and top risks', () => {
  it('finds a module by part of its path, file-name matches first', () => {
    const target = index.report.modules[40]!;
    const name = target.path.slice(target.path.lastIndexOf('/') + 1);
    const hits = searchPaths(index, name.toUpperCase());
    expect(hits[0]).toMatchObject({ kind: 'module', path: target.path });
  });

  it('ranks modules by score and respects the filter', () => {
    const top = topRisks(index.report.modules, NO_FILTER, 10);
    const best = Math.max(...index.report.modules.map((m) => m.risk.score!));
    expect(top[0]!.risk.score).toBe(best);
    const codeOnly = topRisks(index.report.modules, { ...NO_FILTER, tests: 'code' }, 50);
    expect(codeOnly.some((m) => m.test)).toBe(false);
  });
});
