import { describe, expect, it } from 'vitest';
import type { ReportTrendPoint } from '../../analyzer/report/schema/index.js';
import { areaPoints, areaSeries, areaSeriesText, riskChangeOf, riskChanges, riskDomain, sparkPath, trendSince, trendUntil, useTrendPoint } from '../../viewer/src/area-trend.js';
import { divergingAt, RD_BU } from '../../viewer/src/colour-scale.js';
import { domainOf, metricById, scalePosition } from '../../viewer/src/colour-metrics.js';

type Areas = NonNullable<ReportTrendPoint['areas']>;
const point = (date: string, areas?: Areas): ReportTrendPoint => ({
  date: `${date}T23:59:59.000Z`, commit: 'a'.repeat(40), sourceModules: 3, truckFactor: 1, aiCommitRatio: null, busFactorZero: null, ...(areas ? { areas } : {}),
});

// three quarter ends with figures and months between without, as analyze --trend writes them
const trend: ReportTrendPoint[] = [
  point('2024-01-31'),
  point('2024-03-31', { '.': { risk: 2, activeShare: 0.9 }, src: { risk: 1.5, activeShare: 1 }, lib: { risk: 0.5, activeShare: 0.5 } }),
  point('2024-04-30'),
  point('2024-06-30', { '.': { risk: 2.5, activeShare: 0.8 }, src: { risk: 2.5, activeShare: null }, old: { risk: 0, activeShare: 0 } }),
  point('2024-09-30', { '.': { risk: 1, activeShare: 0.7 }, src: { risk: 2, activeShare: 0.6 }, lib: { risk: null, activeShare: 0.4 }, new: { risk: 0.3, activeShare: 1 } }),
];

describe('the per-area trend in the viewer', () => {
  it('knows which points carry per-area figures', () => {
    expect(areaPoints(trend)).toEqual([{ index: 1, date: '2024-03-31' }, { index: 3, date: '2024-06-30' }, { index: 4, date: '2024-09-30' }]);
    expect(areaPoints(undefined)).toEqual([]);
  });

  it("gives an area's series over those points, null where it was not recorded, and nothing for an area never recorded", () => {
    expect(areaSeries(trend, 'lib')).toEqual({ dates: ['2024-03-31', '2024-06-30', '2024-09-30'], risk: [0.5, null, null], activeShare: [0.5, null, 0.4] });
    expect(areaSeries(trend, 'src')?.activeShare).toEqual([1, null, 0.6]);
    expect(areaSeries(trend, 'nowhere')).toBeNull();
    expect(areaSeries([point('2024-01-31')], '.')).toBeNull();
    expect(areaSeriesText(areaSeries(trend, 'src')!)).toBe("2024-03-31 to 2024-09-30 (quarter ends): risk mass 1.50 → 2.00, active authors' share 100 % → 60 %");
  });

  it('measures change since a point as the last point minus that one, null unless both recorded a risk mass', () => {
    const since = riskChanges(trend, 1);
    expect([...since]).toEqual([['.', -1], ['src', 0.5], ['lib', null], ['new', null]]);
    expect(riskChanges(trend, 3).get('src')).toBe(-0.5);
    // the last point itself, and a point without figures, measure nothing
    expect(riskChanges(trend, 4).size).toBe(0);
    expect(riskChanges(trend, 0).size).toBe(0);
  });

  it('keeps the chosen point for the map, and offers nothing with fewer than two points', () => {
    expect(useTrendPoint(trend, 3)).toBe(true);
    expect(trendSince()).toEqual({ index: 3, date: '2024-06-30' });
    expect(trendUntil()).toEqual({ index: 4, date: '2024-09-30' });
    expect(metricById('trendChange')?.legendTitle).toBe('Areas: risk mass at 2024-09-30 minus at 2024-06-30 (blue fell, red rose)');
    expect(riskChangeOf('src')).toBe(-0.5);
    expect(riskChangeOf('.')).toBe(-1.5);
    expect(useTrendPoint([trend[1]!], 0)).toBe(false);
    expect(riskChangeOf('src')).toBeNull();
  });

  it('draws a sparkline path with gaps where a figure is unknown', () => {
    expect(sparkPath([0, 1, null, 0.5], 30, 10, [0, 1])).toBe('M0.0 10.0 L10.0 0.0 M30.0 5.0');
    expect(sparkPath([null, null], 30, 10, [0, 1])).toBe('');
    expect(sparkPath([2], 30, 10, [0, 4])).toBe('M15.0 5.0');
    expect(riskDomain([0.5, null, 2])).toEqual([0, 2]);
    expect(riskDomain([0, 0])).toEqual([0, 0.01]);
  });

  it('colours change on a diverging scale centred on no change: blue for a fall, red for a rise', () => {
    const metric = metricById('trendChange')!;
    const domain = domainOf(metric, [-0.5, 2, null]);
    expect(domain).toEqual({ min: -2, max: 2 });
    expect(scalePosition(metric, domain, 0)).toBe(0.5);
    expect(divergingAt(scalePosition(metric, domain, 0)!)).toBe(RD_BU[4]);
    expect(divergingAt(scalePosition(metric, domain, 2)!)).toBe(RD_BU[8]);
    expect(divergingAt(scalePosition(metric, domain, -2)!)).toBe(RD_BU[0]);
    // modules have no per-point figure: they are drawn as no data
    expect(metric.moduleValue({} as never)).toBeNull();
  });
});
