import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { DEFAULT_OPTIONS, type AnalyzeOptions } from '../../analyzer/core/options.js';
import type { Report } from '../../analyzer/report/schema/index.js';
import type { TrendStats } from '../../analyzer/trend/index.js';
import { freshPoint } from '../../scripts/trend-fresh-point.js';
import { buildTrendFixture } from './trend-fixture.js';

const options: AnalyzeOptions = { ...DEFAULT_OPTIONS, cacheDir: null, now: '2025-12-31T23:59:59.000Z', trend: true };

describe('analyze --trend on a scripted repository', () => {
  let repo: string;
  let report: Report;
  beforeAll(async () => {
    repo = buildTrendFixture();
    report = await analyze(repo, options);
  }, 120_000);
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('has one point per month end of the 24 months before now, oldest first, each at the last first-parent commit by then', () => {
    const trend = report.trend ?? [];
    // the window is 2024-01-01 (exclusive) .. 2025-12-31: 24 month ends, all after the first commit (2024-01-05)
    expect(trend.map((p) => p.date.slice(0, 10))).toEqual([
      '2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31', '2024-06-30', '2024-07-31', '2024-08-31', '2024-09-30', '2024-10-31', '2024-11-30', '2024-12-31',
      '2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30', '2025-07-31', '2025-08-31', '2025-09-30', '2025-10-31', '2025-11-30', '2025-12-31',
    ]);
    expect(report.warnings.filter((w) => w.code.startsWith('trend'))).toEqual([]);
    // the last point is HEAD, the first is the first commit (the only one by January's end)
    expect(trend.at(-1)?.commit).toBe(report.repo.head);
  });

  it('gives, at two random points with per-area figures, the figures of each area a fresh analyze of that commit reports', async () => {
    const trend = report.trend ?? [];
    const withAreas = trend.flatMap((p, i) => (p.areas === undefined ? [] : [i]));
    const first = Math.floor(Math.random() * withAreas.length);
    const second = (first + 1 + Math.floor(Math.random() * (withAreas.length - 1))) % withAreas.length;
    for (const index of [withAreas[first], withAreas[second]] as number[]) {
      const point = trend[index] as NonNullable<Report['trend']>[number];
      expect(point.areas, `point ${index} (${point.date}) has per-area figures`).toBeDefined();
      expect(point.areas, `point ${index} (${point.date}, ${point.commit})`).toEqual((await freshPoint(repo, point, options)).areas);
    }
  }, 120_000);

  it('has per-area figures at the last point of each quarter, that move with the history (risk mass and active share)', () => {
    const trend = report.trend ?? [];
    const withAreas = trend.filter((p) => p.areas !== undefined);
    expect(withAreas.map((p) => p.date.slice(0, 10))).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31', '2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']);
    expect(withAreas.every((p) => p.areas?.['.'] !== undefined)).toBe(true);
    const risks = new Set(withAreas.map((p) => p.areas?.['src']?.risk));
    const shares = new Set(withAreas.map((p) => p.areas?.['src']?.activeShare));
    expect(risks.size).toBeGreaterThan(1);
    expect(shares.size).toBeGreaterThan(1);
  });

  it('gives, at two random points and at the last, exactly what a fresh analyze of that commit gives', async () => {
    const trend = report.trend ?? [];
    const first = Math.floor(Math.random() * trend.length);
    const second = (first + 1 + Math.floor(Math.random() * (trend.length - 1))) % trend.length;
    for (const index of [first, second, trend.length - 1]) {
      const point = trend[index] as NonNullable<Report['trend']>[number];
      const { date: _date, commit: _commit, ...figures } = point;
      expect(figures, `point ${index} (${point.date}, ${point.commit})`).toEqual(await freshPoint(repo, point, options));
    }
  }, 120_000);
});

describe('analyze --trend without history', () => {
  it('gives an empty trend and says why, never a failed run', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'blastmap-trend-nogit-'));
    try {
      writeFileSync(join(dir, 'a.ts'), 'export const a = 1;\n');
      const report = await analyze(dir, options);
      expect(report.trend).toEqual([]);
      expect(report.warnings.map((w) => w.code)).toContain('trend-unavailable');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('analyze --trend on a repository that records line-level AI provenance', () => {
  it('gives the four figures but no per-area figures, and says why (provenance is read at HEAD only)', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { buildGitAiFixture } = await import('../../scripts/fixtures/provenance-fixture.js');
    const dir = mkdtempSync(join(tmpdir(), 'blastmap-trend-provenance-'));
    try {
      buildGitAiFixture(dir);
      const report = await analyze(dir, { ...options, now: null });
      expect(report.provenance?.gitAi).toBe(true);
      expect((report.trend ?? []).length).toBeGreaterThan(0);
      expect((report.trend ?? []).some((p) => p.areas !== undefined)).toBe(false);
      expect(report.warnings.filter((w) => w.code === 'trend-areas-skipped')).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('analyze --trend across a long-lived branch merged late', () => {
  it('takes the merge point whole from the commits it kept (no earlier point continues), and gives what a fresh analyze gives', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { buildRepo, PEOPLE } = await import('../../scripts/fixtures/history-fixture.js');
    const { AnalyzerEmitter } = await import('../../analyzer/core/events.js');
    const { WarningSink } = await import('../../analyzer/core/warnings.js');
    const { computeTrend } = await import('../../analyzer/trend/index.js');
    type Step = import('../../scripts/fixtures/history-fixture.js').Step;
    const day = (d: string): string => `${d}T12:00:00+00:00`;
    // the branch's commit (January) is older than every main-line month since: in the merge's log
    // it comes between the root and February, so no earlier point's log is a prefix of it
    const monthly: Step[] = ['02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((month, i) => ({
      kind: 'commit',
      date: day(`2024-${month}-10`),
      author: i % 3 === 0 ? PEOPLE.alice : PEOPLE.bob,
      message: `Month ${month}\n`,
      ...(month === '06' ? { rename: [['src/b.ts', 'src/core/b.ts']] as [string, string][] } : { write: { 'src/a.ts': [`import { b } from "./${Number(month) >= 6 ? 'core/' : ''}b";`, `export const a = b + ${i};`] } }),
    }));
    const steps: Step[] = [
      { kind: 'commit', date: day('2024-01-05'), author: PEOPLE.bob, message: 'Start\n', write: { 'src/a.ts': ['import { b } from "./b";', 'export const a = b;'], 'src/b.ts': ['export const b = 1;'], 'src/util.ts': ['export const u = 1;'] } },
      { kind: 'branch', name: 'long' },
      { kind: 'commit', date: day('2024-01-20'), author: PEOPLE.carol, message: 'Side work\n', write: { 'src/util.ts': ['export const u = 2;'], 'src/side.ts': ['import { u } from "./util";', 'export const s = u;'] } },
      { kind: 'checkout', name: 'main' },
      ...monthly,
      { kind: 'merge', branch: 'long', date: day('2024-12-05'), author: PEOPLE.alice, message: 'Merge long\n' },
    ];
    const repo = buildRepo(mkdtempSync(join(tmpdir(), 'blastmap-trend-late-')), steps);
    try {
      const late: AnalyzeOptions = { ...options, now: '2024-12-31T23:59:59.000Z' };
      const stats: TrendStats = { points: 0, wholeReads: 0, commitsStreamed: 0, blobsRead: 0, perPoint: [] };
      const warnings = new WarningSink();
      const trend = await computeTrend(repo, late, new AnalyzerEmitter(), warnings, stats);
      expect(warnings.items).toEqual([]);
      expect(trend.map((p) => p.date.slice(0, 10))).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31', '2024-06-30', '2024-07-31', '2024-08-31', '2024-09-30', '2024-10-31', '2024-11-30', '2024-12-31']);
      // the first point has git read the newest point's whole log (12 commits, the merge left out);
      // no later point asks git for a diff, and the merge point takes its whole log from those kept
      expect(stats.perPoint?.map((p) => p.mode)).toEqual([...Array<string>(11).fill('since-previous').map((m, i) => (i === 0 ? 'whole' : m)), 'replayed']);
      expect(stats.wholeReads).toBe(1);
      expect(stats.perPoint?.map((p) => p.streamed)).toEqual([12, ...Array<number>(11).fill(0)]);
      const last = trend.at(-1) as NonNullable<Report['trend']>[number];
      const { date: _date, commit: _commit, ...figures } = last;
      expect(last.areas).toBeDefined();
      expect(figures).toEqual(await freshPoint(repo, last, late));
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  }, 120_000);
});
