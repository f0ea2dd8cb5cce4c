/**
 * Checks `analyze --trend` on a real repository against the ground truth: fresh `analyze` runs
 * of a clone checked out at random points' commits, with --now <date> --since <date − 90 days>.
 *   node --import tsx scripts/check-trend.ts <repo> [points to check (2)] [--trend-every n]
 * One of the points checked has per-area figures (a quarter end) when the trend has any.
 * Prints the trend's time, each checked point's figures and whether they are equal; exit 1 if not.
 */
import { parseArgs } from 'node:util';
import { analyze } from '../analyzer/analyze.js';
import { AnalyzerEmitter } from '../analyzer/core/events.js';
import { DEFAULT_OPTIONS, type AnalyzeOptions } from '../analyzer/core/options.js';
import { freshPoint } from './trend-fresh-point.js';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'trend-every': { type: 'string' } } });
const [repo, howMany = '2'] = positionals;
if (repo === undefined) throw new Error('usage: check-trend.ts <repo> [points]');
const options: AnalyzeOptions = { ...DEFAULT_OPTIONS, cacheDir: null, trend: true, trendEvery: values['trend-every'] ? Number(values['trend-every']) : null };

const emitter = new AnalyzerEmitter();
const phases: Record<string, number> = {};
emitter.on('phase-end', ({ phase, ms }) => (phases[phase] = (phases[phase] ?? 0) + ms));
const started = performance.now();
const report = await analyze(repo, options, emitter);
const total = performance.now() - started;
const trend = report.trend ?? [];
process.stdout.write(`analyze --trend: ${(total / 1000).toFixed(1)} s in all, trend phase ${((phases.trend ?? 0) / 1000).toFixed(1)} s, the rest ${((total - (phases.trend ?? 0)) / 1000).toFixed(1)} s; ${trend.length} points\n`);
for (const w of report.warnings.filter((x) => x.code.startsWith('trend'))) process.stdout.write(`warning ${w.code}: ${w.message}\n`);
const picked = new Set<number>();
// one of them, at least, among the points with per-area figures (quarter ends), when any
const withAreas = trend.flatMap((p, i) => (p.areas === undefined ? [] : [i]));
if (withAreas.length > 0 && Number(howMany) > 0) picked.add(withAreas[Math.floor(Math.random() * withAreas.length)]!);
while (picked.size < Math.min(Number(howMany), trend.length)) picked.add(Math.floor(Math.random() * trend.length));
let failed = 0;
for (const index of [...picked].sort((a, b) => a - b)) {
  const { date, commit, ...figures } = trend[index]!;
  const fresh = await freshPoint(repo, trend[index]!, options);
  const equal = JSON.stringify(figures) === JSON.stringify(fresh);
  if (!equal) failed += 1;
  process.stdout.write(`point ${index} ${date} ${commit.slice(0, 12)}: trend ${JSON.stringify(figures)} ${equal ? '= fresh analyze' : `≠ fresh analyze ${JSON.stringify(fresh)}`}\n`);
}
process.exitCode = failed > 0 ? 1 : 0;
