import { describe, expect, it } from 'vitest';
import { overTime, quarterly, quarterOf } from '../../analyzer/report/markdown-trend.js';
import type { ReportTrendPoint } from '../../analyzer/report/schema/index.js';

const point = (date: string, truckFactor: number | null, busFactorZero: number | null): ReportTrendPoint => ({
  date: `${date}T23:59:59.000Z`, commit: date.replace(/-/g, '').padEnd(40, 'a'), sourceModules: 10, truckFactor, aiCommitRatio: 0.25, busFactorZero,
});

describe('report.md "Over time"', () => {
  it('names quarters by UTC month', () => {
    expect(['2024-01-31', '2024-03-31', '2024-04-30', '2024-12-31'].map((d) => quarterOf(`${d}T23:59:59.000Z`))).toEqual(['2024 Q1', '2024 Q1', '2024 Q2', '2024 Q4']);
  });

  it('keeps the last point of each quarter, oldest first', () => {
    const trend = [point('2024-01-31', 1, 0), point('2024-02-29', 2, 0), point('2024-03-31', 3, 0.5), point('2024-04-30', 4, 0.1)];
    expect(quarterly(trend).map((r) => [r.quarter, r.point.truckFactor])).toEqual([['2024 Q1', 3], ['2024 Q2', 4]]);
  });

  it('is one table row per quarter, and nothing without a trend', () => {
    const lines = overTime([point('2024-03-31', 3, 0.5), point('2024-06-30', null, null)]);
    expect(lines[0]).toBe('## Over time');
    const rows = lines.filter((line) => line.startsWith('| 2024'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('| 3 |');
    expect(rows[1]).toContain('n/a');
    expect(overTime(undefined)).toEqual([]);
    expect(overTime([])).toEqual([]);
  });
});
