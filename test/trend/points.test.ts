import { describe, expect, it } from 'vitest';
import { commitsAt, everyNDays, monthEnds, pointSince, quarterLastDates, trendDates, trendStart } from '../../analyzer/trend/points.js';

const t = (iso: string): number => Date.parse(iso) / 1000;
const iso = (s: number): string => new Date(s * 1000).toISOString();

describe('trend dates', () => {
  it('without --since: the 24 month ends after now minus 24 months', () => {
    const now = t('2025-03-15T10:00:00Z');
    expect(iso(trendStart(now, null))).toBe('2023-03-15T10:00:00.000Z');
    const dates = trendDates(now, null, null).map(iso);
    expect(dates).toHaveLength(24);
    expect(dates[0]).toBe('2023-03-31T23:59:59.000Z');
    expect(dates[11]).toBe('2024-02-29T23:59:59.000Z'); // a leap year's February
    expect(dates.at(-1)).toBe('2025-02-28T23:59:59.000Z'); // March's end is after now
  });

  it('a month end that is now itself is a point; one before --since is not', () => {
    expect(monthEnds(t('2025-01-31T23:59:59Z'), t('2025-03-31T23:59:59Z')).map(iso)).toEqual(['2025-02-28T23:59:59.000Z', '2025-03-31T23:59:59.000Z']);
  });

  it('--trend-every n: now, now − n days, … back to the start, oldest first', () => {
    const now = t('2025-03-15T00:00:00Z');
    expect(everyNDays(t('2025-02-20T00:00:00Z'), now, 10).map(iso)).toEqual(['2025-02-23T00:00:00.000Z', '2025-03-05T00:00:00.000Z', '2025-03-15T00:00:00.000Z']);
    expect(trendDates(now, t('2025-03-05T00:00:00Z'), 10).map(iso)).toEqual(['2025-03-05T00:00:00.000Z', '2025-03-15T00:00:00.000Z']);
  });

  it("each point's --since is 90 days before its date", () => {
    expect(iso(pointSince(t('2025-03-31T23:59:59Z')))).toBe('2024-12-31T23:59:59.000Z');
  });

  it('each date takes the newest first-parent commit on or before it, or none', () => {
    const chain = [{ sha: 'c3', time: 300 }, { sha: 'c2', time: 200 }, { sha: 'c1', time: 100 }];
    expect(commitsAt(chain, [50, 100, 250, 400]).map((c) => c?.sha ?? null)).toEqual([null, 'c1', 'c2', 'c3']);
  });

  it('gives per-area figures to the last date of each calendar quarter, and always to the last date', () => {
    // month ends 2024-11 .. 2025-07: quarters end at 2024-12, 2025-03, 2025-06; 2025-07 is the last date
    const months = monthEnds(t('2024-10-31T23:59:59Z'), t('2025-07-31T23:59:59Z'));
    expect(months.map((d) => iso(d).slice(0, 7))).toEqual(['2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07']);
    expect([...quarterLastDates(months)].map((i) => iso(months[i] as number).slice(0, 7))).toEqual(['2024-12', '2025-03', '2025-06', '2025-07']);
    // every 14 days: the last of each quarter's dates, whichever day that is
    const fortnights = [t('2025-03-20T00:00:00Z'), t('2025-04-03T00:00:00Z'), t('2025-04-17T00:00:00Z')];
    expect([...quarterLastDates(fortnights)]).toEqual([0, 2]);
    expect([...quarterLastDates([])]).toEqual([]);
  });
});
