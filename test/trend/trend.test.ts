import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { DEFAULT_OPTIONS, type AnalyzeOptions } from '../../analyzer/core/options.js';
import type { Report } from '../../analyzer/report/schema/index.js';
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
