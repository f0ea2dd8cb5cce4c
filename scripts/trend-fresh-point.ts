/** What a fresh `blastmap analyze` of a trend point's commit reports: the ground truth of a point. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../analyzer/analyze.js';
import type { AnalyzeOptions } from '../analyzer/core/options.js';
import type { ReportTrendPoint } from '../analyzer/report/schema/index.js';

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
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
