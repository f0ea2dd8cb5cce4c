import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyzerEmitter } from '../../analyzer/core/events.js';
import { DEFAULT_OPTIONS, type AnalyzeOptions } from '../../analyzer/core/options.js';
import { WarningSink } from '../../analyzer/core/warnings.js';
import type { ReportTrendPoint } from '../../analyzer/report/schema/index.js';
import { computeTrend, type TrendStats } from '../../analyzer/trend/index.js';
import { makeSyntheticRepo } from '../../scripts/synthetic/make-repo.js';
import { freshPoint } from '../../scripts/trend-fresh-point.js';

/**
 * A history long enough that the trend has git read it in parts side by side (history-chain.ts):
 * the points must still be what a fresh analyze of their commits reports.
 */
describe('analyze --trend on a history read in parts', () => {
  let repo: string;
  const options: AnalyzeOptions = { ...DEFAULT_OPTIONS, cacheDir: null, trend: true };
  let trend: ReportTrendPoint[];
  const stats: TrendStats = { points: 0, wholeReads: 0, commitsStreamed: 0, blobsRead: 0, perPoint: [] };
  beforeAll(async () => {
    repo = await makeSyntheticRepo({ modules: 120, commits: 1_200, out: join(mkdtempSync(join(tmpdir(), 'blastmap-trend-parts-')), 'repo'), seed: 7 });
    trend = await computeTrend(repo, options, new AnalyzerEmitter(), new WarningSink(), stats, false);
  }, 120_000);
  afterAll(() => rmSync(join(repo, '..'), { recursive: true, force: true }));

  it('reads every commit once, at the first point', () => {
    expect(trend.length).toBeGreaterThan(2);
    const streamed = stats.perPoint?.map((p) => p.streamed) ?? [];
    expect(streamed[0]).toBeGreaterThan(1_000);
    expect(streamed.slice(1).every((n) => n === 0)).toBe(true);
  });

  it('gives, at a random point and at the last, exactly what a fresh analyze of that commit gives', async () => {
    const random = Math.floor(Math.random() * (trend.length - 1));
    for (const index of [random, trend.length - 1]) {
      const point = trend[index] as ReportTrendPoint;
      const { date: _date, commit: _commit, ...figures } = point;
      expect(figures, `point ${index} (${point.date}, ${point.commit})`).toEqual(await freshPoint(repo, point, options));
    }
  }, 120_000);
});
