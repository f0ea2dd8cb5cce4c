import { describe, expect, it } from 'vitest';
import { overTime, quarterLabel, quarterly, quarterOf, riskiestAreas } from '../../analyzer/report/markdown-trend.js';
import type { ReportTrendPoint } from '../../analyzer/report/schema/index.js';

const point = (date: string, truckFactor: number | null, busFactorZero: number | null): ReportTrendPoint => ({
  date: `${date}T23:59:59.000Z`, commit: date.replace(/-/g, '').padEnd(40, 'a'), sourceModules: 10, truckFactor, aiCommitRatio: 0.25, busFactorZero,
});

describe('report.md "Over time"', () => {
  it('names quarters by UTC month', () => {
    expect(['2024-01-31', '2024-03-31', '2024-04-30', '2024-12-31'].map((d) => quarterOf(`${d}T23:59:59.000Z`))).toEqual(['2024 Q1', '2024 Q1', '2024 Q2', '2024 Q4']);
  });

  it('says "so far" of a quarter that had not ended at the analysis\' now, whatever the date of its last point', () => {
    expect(quarterLabel('2026 Q3', '2026-07-31T23:59:59.000Z', '2026-08-21T10:00:00.000Z')).toBe('2026 Q3 so far');
    expect(quarterLabel('2024 Q1', '2024-03-31T23:59:59.000Z', '2024-03-31T23:59:59.000Z')).toBe('2024 Q1');
    // --trend-every: a finished quarter's last point can fall before its last day
    expect(quarterLabel('2024 Q1', '2024-03-20T10:00:00.000Z', '2024-08-01T00:00:00.000Z')).toBe('2024 Q1');
    expect(quarterLabel('2024 Q4', '2024-11-30T00:00:00.000Z', '2024-12-30T00:00:00.000Z')).toBe('2024 Q4 so far');
    const lines = overTime([point('2024-03-31', 3, 0.5), point('2024-05-31', 4, 0.5)], '2024-06-10T00:00:00.000Z');
    expect(lines.filter((line) => line.startsWith('| 2024')).map((line) => line.split(' | ')[0])).toEqual(['| 2024 Q1', '| 2024 Q2 so far']);
  });

  it('keeps the last point of each quarter, oldest first', () => {
    const trend = [point('2024-01-31', 1, 0), point('2024-02-29', 2, 0), point('2024-03-31', 3, 0.5), point('2024-04-30', 4, 0.1)];
    expect(quarterly(trend).map((r) => [r.quarter, r.point.truckFactor])).toEqual([['2024 Q1', 3], ['2024 Q2', 4]]);
  });

  it('is one table row per quarter, and nothing without a trend', () => {
    const lines = overTime([point('2024-03-31', 3, 0.5), point('2024-06-30', null, null)], '2024-06-30T23:59:59.000Z');
    expect(lines[0]).toBe('## Over time');
    const rows = lines.filter((line) => line.startsWith('| 2024'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('| 3 |');
    expect(rows[1]).toContain('n/a');
    expect(overTime(undefined, '2024-06-30T23:59:59.000Z')).toEqual([]);
    expect(overTime([], '2024-06-30T23:59:59.000Z')).toEqual([]);
  });

  it('follows the riskiest innermost areas from the first point with per-area figures to the last, their paths as text', () => {
    const areas = (src: number, deep: number, util: number): NonNullable<ReportTrendPoint['areas']> => ({
      '.': { risk: src + 1, activeShare: 0.9 },
      src: { risk: src, activeShare: 0.8 },
      'src/deep|*x*': { risk: deep, activeShare: 0.5 },
      'src/util': { risk: util, activeShare: null },
      quiet: { risk: 0, activeShare: 1 },
    });
    const trend = [point('2024-01-31', 3, 0.5), { ...point('2024-03-31', 3, 0.5), areas: areas(2, 0.5, 1) }, { ...point('2024-06-30', 3, 0.5), areas: areas(3, 2, 1) }];
    // src holds the other two, so it would repeat their risk; quiet has none
    expect(riskiestAreas(trend).slice(-2)).toEqual([
      "- src/deep\\|\\*x\\*: risk mass 0.50 → 2.00, active authors' share 50 % → 50 % (since 2024-03-31)",
      "- src/util: risk mass 1.00 → 1.00, active authors' share n/a → n/a (since 2024-03-31)",
    ]);
    expect(overTime(trend, '2024-06-30T23:59:59.000Z')).toEqual(expect.arrayContaining(riskiestAreas(trend)));
    expect(riskiestAreas([point('2024-03-31', 3, 0.5)])).toEqual([]);
  });
});
