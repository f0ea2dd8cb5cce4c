/** What a fresh `blastmap analyze` of a trend point's commit reports: the ground truth of a point. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../analyzer/analyze.js';
import type { AnalyzeOptions } from '../analyzer/core/options.js';
import { riskMass, riskyCutoff } from '../analyzer/report/heat/area-heat.js';
import type { Report, ReportTrendAreas, ReportTrendPoint } from '../analyzer/report/schema/index.js';

const DAY_MS = 86_400_000;

/** A clone of `repo` checked out at `commit`, analyzed with --now <date> --since <date − 90 days>. */
export async function freshPoint(repo: string, point: ReportTrendPoint, options: AnalyzeOptions): Promise<Omit<ReportTrendPoint, 'date' | 'commit'>> {
  const dir = mkdtempSync(join(tmpdir(), 'blastmap-trend-fresh-'));
  try {
    execFileSync('git', ['clone', '-q', '--no-hardlinks', repo, dir], { stdio: 'ignore' });
    execFileSync('git', ['-c', 'advice.detachedHead=false', 'checkout', '-q', '--detach', point.commit], { cwd: dir, stdio: 'ignore' });
    const since = new Date(Date.parse(point.date) - 90 * DAY_MS).toISOString();
    const report = await analyze(dir, { ...options, trend: false, trendEvery: null, now: point.date, since, cacheDir: null });
    const source = report.modules.filter((m) => m.kind === 'source');
    return {
      sourceModules: report.summary.kinds.source,
      truckFactor: report.summary.truckFactor,
      aiCommitRatio: report.summary.aiCommitRatio,
      busFactorZero: source.length > 0 ? source.filter((m) => m.history?.busFactor === 0).length / source.length : null,
      ...(point.areas === undefined ? {} : { areas: reportAreas(report) }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * A report's per-area trend figures as docs/history.md "Over time" defines them, read off the
 * report itself: the risk mass the map colours each area by, from report.modules, and 1 − the
 * knowledgeLoss factor of report.areas[]; the root and every area with at least 1 % of the modules.
 */
export function reportAreas(report: Report): ReportTrendAreas {
  const risky = riskyCutoff(report.modules);
  const minimum = Math.max(1, report.modules.length * 0.01);
  const figures = Object.create(null) as ReportTrendAreas;
  for (const area of report.areas) {
    if (area.path !== '.' && area.modules < minimum) continue;
    const members = area.path === '.' ? report.modules : report.modules.filter((m) => m.path.startsWith(`${area.path}/`));
    const mass = riskMass(members, risky);
    const loss = area.risk.factors.find((f) => f.name === 'knowledgeLoss');
    figures[area.path] = { risk: mass === null ? null : round(mass), activeShare: loss === undefined ? null : round(1 - loss.value) };
  }
  return figures;
}
