/**
 * Where a trend's time goes, point by point: how each point's history was read, and how long its
 * graph and its per-area figures took.
 *   node --import tsx scripts/trend-points.ts <repo> [--no-areas]
 * (--no-areas: the four contract figures only, to see what the per-area figures cost)
 */
import { realpathSync } from 'node:fs';
import { AnalyzerEmitter } from '../analyzer/core/events.js';
import { DEFAULT_OPTIONS, type AnalyzeOptions } from '../analyzer/core/options.js';
import { WarningSink } from '../analyzer/core/warnings.js';
import { computeTrend, type TrendStats } from '../analyzer/trend/index.js';

const args = process.argv.slice(2);
const repo = args.find((a) => !a.startsWith('--'));
const perArea = !args.includes('--no-areas');
if (repo === undefined) throw new Error('usage: trend-points.ts <repo>');
const options: AnalyzeOptions = { ...DEFAULT_OPTIONS, cacheDir: null, trend: true };
const stats: TrendStats = { points: 0, wholeReads: 0, commitsStreamed: 0, blobsRead: 0, perPoint: [] };
const warnings = new WarningSink();
const started = performance.now();
await computeTrend(realpathSync(repo), options, new AnalyzerEmitter(), warnings, stats, perArea);
const total = performance.now() - started;
for (const [i, p] of (stats.perPoint ?? []).entries()) process.stdout.write(`point ${i}: ${p.ms} ms (graph ${p.graphMs ?? '-'} ms, metrics and score ${p.areasMs ?? '-'} ms), history ${p.mode}, ${p.streamed} commits\n`);
const { perPoint: _perPoint, ...rest } = stats;
process.stdout.write(`trend: ${(total / 1000).toFixed(1)} s; ${JSON.stringify(rest)}\n`);
for (const w of warnings.items) process.stdout.write(`warning ${w.code}: ${w.message}\n`);
