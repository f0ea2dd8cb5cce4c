import { describe, expect, it } from 'vitest';
import type { ReportTrendPoint } from '../../analyzer/report/schema/index.js';
import { trendHeadline, trendSeries } from '../../viewer/src/trend-series.js';

const point = (date: string, truckFactor: number | null, aiCommitRatio: number | null, busFactorZero: number | null): ReportTrendPoint => ({
  date: `${date}T23:59:59.000Z`, commit: 'a'.repeat(40), sourceModules: 3, truckFactor, aiCommitRatio, busFactorZero,
});

describe('the trend as the viewer draws it', () => {
  it('is nothing without a trend, so the chart stays hidden', () => {
    expect(trendSeries(undefined)).toBeNull();
    expect(trendSeries([])).toBeNull();
    expect(trendHeadline(undefined)).toBe('');
  });

  it('gives unix-second dates, shares in percent, and gaps where a figure is unknown', () => {
    const series = trendSeries([point('2024-01-31', 2, 0.25, 1 / 3), point('2024-02-29', null, null, null)]);
    expect(series).toEqual({
      x: [Date.UTC(2024, 0, 31, 23, 59, 59) / 1000, Date.UTC(2024, 1, 29, 23, 59, 59) / 1000],
      truckFactor: [2, null],
      aiShare: [25, null],
      noActiveAuthor: [33.3, null],
    });
  });

  it('says each figure at the first and last point in words', () => {
    expect(trendHeadline([point('2024-01-31', 3, 0, 0.1), point('2024-06-30', 2, 0.5, 1 / 6)])).toBe(
      '2024-01-31 to 2024-06-30: truck factor 3 → 2, AI-assisted commits 0 % → 50 %, source modules with no active author 10 % → 16.7 %',
    );
    // a point whose 90 days hold no commit has no AI share: said why
    expect(trendHeadline([point('2024-01-31', 3, 0, 0.1), point('2024-06-30', 2, null, 0.2)])).toBe(
      '2024-01-31 to 2024-06-30: truck factor 3 → 2, AI-assisted commits 0 % → n/a (no commit in 90 days), source modules with no active author 10 % → 20 %',
    );
  });
});
