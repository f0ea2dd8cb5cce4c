import type { AnalyzerEmitter } from '../core/events.js';
import { gitOk } from '../core/git.js';
import type { AnalyzeOptions } from '../core/options.js';
import { WarningSink } from '../core/warnings.js';
import { buildMarkerRules } from '../history/marker-rules.js';
import { isoOf, resolveNow, toUnixSeconds } from '../history/time-window.js';
import type { ReportTrendPoint } from '../report/schema/index.js';
import { codeOwnership } from '../score/code-truck-factor.js';
import { areaFigures } from './area-figures.js';
import { HistoryChain, type PointHistory } from './history-chain.js';
import { PointGraphs } from './point-graph.js';
import { ContentVerdicts, pointModules, type PointModule } from './point-modules.js';
import { commitsAt, pointSince, quarterLastDates, trendDates, type ChainCommit } from './points.js';
import { ScratchRepo } from './scratch-repo.js';

export { trendDates } from './points.js';

/** What a trend run did, for the bench and the tests. */
export interface TrendStats {
  points: number;
  wholeReads: number;
  /** points whose whole log was taken from the commits kept from earlier points (history-chain.ts) */
  replayed?: number;
  commitsStreamed: number;
  blobsRead: number;
  /** points with per-area figures, and the file readings parsed for them and taken over from the previous point */
  areaPoints?: number;
  filesParsed?: number;
  filesReused?: number;
  /** per point: how its history was read, and how long the point took (ms) */
  perPoint?: { mode: string; reason: string | null; ms: number; streamed: number; graphMs?: number; areasMs?: number }[];
}

/** HEAD's first-parent chain, newest first, with committer dates. */
async function firstParentChain(root: string): Promise<ChainCommit[]> {
  const out = await gitOk(root, ['log', '--first-parent', '--format=%H %ct', '--end-of-options', 'HEAD', '--'], { timeoutMs: 600_000 });
  return out
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha = '', time = '0'] = line.split(' ');
      return { sha, time: Number(time) };
    });
}

/** The four figures of one point, from its modules and its history (see docs/history.md, "Over time"). */
export function pointFigures(modules: readonly PointModule[], history: PointHistory): Omit<ReportTrendPoint, 'date' | 'commit'> {
  const source = modules.filter((m) => m.kind === 'source');
  const unowned = source.filter((m) => history.model.files.get(m.path)?.busFactor === 0).length;
  return {
    sourceModules: source.length,
    truckFactor: codeOwnership({ modules }, history.model).truckFactor,
    aiCommitRatio: history.aiCommitRatio,
    busFactorZero: source.length > 0 ? unowned / source.length : null,
  };
}

/**
 * `trend[]` (report contract, "Over time"): at each date, the figures a fresh `blastmap analyze` of
 * the commit then reports with `--now <date> --since <date − 90 days>`. One pass: a scratch
 * repository is moved from point to point (oldest first), the log is read once in stretches
 * (history-chain.ts) and each distinct blob is read once (point-modules.ts). The four figures
 * need no parse (import edges change none of them). With `perArea`, the last point of each
 * calendar quarter also gets per-area figures (area-figures.ts) from its own module graph
 * (point-graph.ts, each content parsed once). Problems become warnings and an empty trend.
 */
export async function computeTrend(root: string, options: AnalyzeOptions, emitter: AnalyzerEmitter, warnings: WarningSink, stats?: TrendStats, perArea = true): Promise<ReportTrendPoint[]> {
  let chain: ChainCommit[];
  try {
    chain = await firstParentChain(root);
  } catch {
    warnings.add('trend-unavailable', 'no commits to follow, so no trend');
    return [];
  }
  const now = resolveNow(options.now, chain[0]?.time ?? null, Date.now());
  const dates = trendDates(now, toUnixSeconds(options.since), options.trendEvery);
  const at = commitsAt(chain, dates);
  const areaDates = quarterLastDates(dates);
  const rules = buildMarkerRules(options.aiMarkers, options.botPatterns, new WarningSink());
  let scratch: ScratchRepo;
  try {
    scratch = await ScratchRepo.open(root);
  } catch (error) {
    warnings.add('trend-unavailable', `no scratch repository for the trend: ${(error as Error).message.split('\n')[0] ?? ''}`);
    return [];
  }
  const history = new HistoryChain(scratch, options, rules, at.findLast((c) => c !== null)?.sha ?? null);
  const verdicts = new ContentVerdicts();
  const graphs = perArea ? PointGraphs.open() : null;
  // the point's own run: no one is "leaving" at an earlier commit (as the four figures)
  const pointOptions: AnalyzeOptions = { ...options, leaving: [] };
  const progress = emitter.throttled('trend');
  const points: ReportTrendPoint[] = [];
  try {
    for (let i = 0; i < dates.length; i += 1) {
      const commit = at[i];
      const date = dates[i] as number;
      progress(i, dates.length);
      if (commit === null || commit === undefined) continue;
      const started = performance.now();
      await scratch.moveTo(commit.sha);
      // the module set and the history are independent: git answers both at once. (The point's
      // graph waits for them: built beside the history, the two took longer than one after the other.)
      const [{ modules, found }, mined] = await Promise.all([pointModules(scratch, scratch.prefix, options, verdicts), history.at(commit.sha, commit.time, date, pointSince(date))]);
      const point: ReportTrendPoint = { date: isoOf(date), commit: commit.sha, ...pointFigures(modules, mined) };
      const timed: { graphMs?: number; areasMs?: number } = {};
      if (graphs !== null && areaDates.has(i)) {
        const before = performance.now();
        try {
          const graph = await graphs.at(scratch.dir, commit.sha, found, pointOptions);
          const built = performance.now();
          point.areas = areaFigures(graph, mined.model, pointOptions);
          Object.assign(timed, { graphMs: Math.round(built - before), areasMs: Math.round(performance.now() - built) });
        } catch (error) {
          // the point's four figures stand without them; the next quarter end tries again
          warnings.add('trend-areas-skipped', `no per-area figures at ${isoOf(date).slice(0, 10)}: ${(error as Error).message.split('\n')[0] ?? ''}`);
        }
      }
      points.push(point);
      if (stats) {
        stats.wholeReads += mined.mode === 'whole' ? 1 : 0;
        if (mined.mode === 'replayed') stats.replayed = (stats.replayed ?? 0) + 1;
        stats.commitsStreamed += mined.commitsStreamed;
        stats.perPoint?.push({ mode: mined.mode, reason: mined.reason, ms: Math.round(performance.now() - started), streamed: mined.commitsStreamed, ...timed });
      }
    }
    progress(dates.length, dates.length);
  } catch (error) {
    warnings.add('trend-incomplete', `the trend stopped: ${(error as Error).message.split('\n')[0] ?? ''}; it lists the points before that`);
  } finally {
    scratch.dispose();
    graphs?.dispose();
  }
  if (stats) {
    stats.points = points.length;
    stats.blobsRead = verdicts.blobsRead;
    if (graphs !== null) Object.assign(stats, { areaPoints: points.filter((p) => p.areas !== undefined).length, filesParsed: graphs.parsed, filesReused: graphs.reused });
  }
  return points;
}
