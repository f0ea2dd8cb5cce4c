import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import picomatch from 'picomatch';
import { formatTable } from './bench/format.js';
import { measureInProcess } from './bench/in-process.js';
import { measure } from './bench/measure.js';
import { repoFacts } from './bench/repo-facts.js';
import type { BenchResult } from './bench/result.js';
import { runBuiltCli } from './bench/run-cli.js';
import { makeSyntheticRepo } from './synthetic/make-repo.js';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const DEPCRUISE = path.join(PROJECT, 'node_modules/.bin/depcruise');
const RUNNER = path.join(PROJECT, 'scripts/bench/run-graph.ts');
const CLI = path.join(PROJECT, 'dist/analyzer/cli.js');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    synthetic: { type: 'string' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string' },
    'graph-only': { type: 'boolean', default: false },
    viewer: { type: 'string' },
    'depcruise-exclude': { type: 'string' },
    exclude: { type: 'string' },
    'no-trend': { type: 'boolean', default: false },
  },
});

const seed = Number(values.seed);
const synthetic = values.synthetic ? await prepareSynthetic(values.synthetic, seed) : null;
const repoDir = path.resolve(synthetic?.dir ?? positionals[0] ?? '.');
const name = synthetic ? `synthetic-${synthetic.modules}-${synthetic.commits}` : path.basename(repoDir);
const facts = repoFacts(repoDir);
const loadAvg1 = os.loadavg()[0]!;

process.stderr.write(`git log --numstat -M over ${facts.commits} commits…\n`);
const gitLog = await measure('git', ['log', '--numstat', '-M'], { cwd: repoDir });

process.stderr.write(`depcruise on ${facts.sourceRoots.join(' ')}…\n`);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'blastmap-bench-'));
const depcruiseOut = path.join(scratch, 'depcruise.json');
// --depcruise-exclude: where depcruise aborts on a file, measure it on the rest (a lower floor, so the ratio only gets harder)
// --exclude GLOB: both tools leave the same files out (blastmap --exclude, depcruise --exclude as a regex)
const sharedExclude = values.exclude ? picomatch.makeRe(values.exclude).source : null;
const depcruiseRegex = sharedExclude ?? values['depcruise-exclude'];
const depcruiseExclude = depcruiseRegex ? ['--exclude', depcruiseRegex] : [];
const depcruiseRun = await measure(DEPCRUISE, ['--ts-pre-compilation-deps', '--no-config', ...depcruiseExclude, '--output-type', 'json', '--output-to', depcruiseOut, ...facts.sourceRoots], { cwd: repoDir });
// dependency-cruiser aborts on the first file it cannot parse: a failure to record, not to crash on
const depcruiseOk = depcruiseRun.exitCode === 0 && existsSync(depcruiseOut);
const depcruiseModules = depcruiseOk ? (JSON.parse(readFileSync(depcruiseOut, 'utf8')) as { modules: unknown[] }).modules.length : null;
rmSync(scratch, { recursive: true, force: true });

const useCli = !values['graph-only'] && existsSync(CLI);
process.stderr.write(useCli ? 'blastmap analyze (built CLI, cold, all outputs)…\n' : 'blastmap (from source; run npm run build to time the CLI)…\n');
let child: RunnerOutput | null;
let blastmapRun: Awaited<ReturnType<typeof measure>>;
if (useCli) {
  const cli = await runBuiltCli(CLI, repoDir, values.exclude ? ['--exclude', values.exclude] : []);
  blastmapRun = cli.run;
  child = cli.timings && { mode: 'analyze', totalMs: cli.run.ms, phases: { ...cli.timings.phases, ...prefixed(cli.timings.outputs) }, maxRssKb: cli.timings.maxRssKb };
} else {
  const runnerArgs = ['--import', 'tsx', RUNNER, repoDir, ...(values['graph-only'] ? ['--graph-only'] : [])];
  blastmapRun = await measure(process.execPath, runnerArgs, { cwd: PROJECT, keepStdout: true });
  child = parseRunnerOutput(blastmapRun.stdout);
}
// the trend (analyze --trend: 24 monthly points) measured as its own phase of a second cold run
let trend: BenchResult['trend'] = null;
if (useCli && !values['no-trend']) {
  process.stderr.write('blastmap analyze --trend (built CLI, cold)…\n');
  const withTrend = await runBuiltCli(CLI, repoDir, [...(values.exclude ? ['--exclude', values.exclude] : []), '--trend']);
  const trendMs = withTrend.timings?.phases.trend ?? null;
  const coldMs = child?.totalMs ?? null;
  trend = {
    ok: withTrend.run.exitCode === 0 && trendMs !== null,
    trendMs,
    wallMs: withTrend.run.ms,
    vsColdAnalyze: trendMs !== null && coldMs ? trendMs / coldMs : null,
    error: withTrend.run.exitCode === 0 ? null : `exit ${withTrend.run.exitCode}: ${withTrend.run.stderrTail}`,
  };
}
const viewer = values.viewer === undefined ? null : await benchViewer(Number(values.viewer) || 10_000);
process.stderr.write('layout of 20000 generated modules, and the size cap on a 50 MB file (in process)…\n');
const inProcess = measureInProcess();

const graphMs = child?.phases.graph ?? null;
const blastmapMs = child?.totalMs ?? null;
const result: BenchResult = {
  name,
  date: new Date().toISOString(),
  repoDir,
  host: { cpus: os.cpus().length, node: process.version, loadAvg1 },
  repo: { sourceFiles: facts.sourceFiles, commits: facts.commits },
  synthetic: synthetic && { modules: synthetic.modules, commits: synthetic.commits, seed, generateMs: synthetic.generateMs },
  gitLog: { ms: gitLog.ms, peakRssKb: gitLog.peakRssKb, outputBytes: gitLog.stdoutBytes, exitCode: gitLog.exitCode },
  depcruise: {
    ok: depcruiseOk,
    ms: depcruiseRun.ms,
    peakRssKb: depcruiseRun.peakRssKb,
    modules: depcruiseModules,
    error: depcruiseOk ? null : `exit ${depcruiseRun.exitCode}: ${depcruiseRun.stderrTail}`,
    exclude: values.exclude ?? values['depcruise-exclude'] ?? null,
  },
  blastmap: {
    mode: child?.mode ?? (values['graph-only'] ? 'graph' : 'analyze'),
    ok: blastmapRun.exitCode === 0 && child !== null,
    totalMs: blastmapMs,
    wallMs: blastmapRun.ms,
    phases: child?.phases ?? {},
    peakRssKb: child?.maxRssKb ?? blastmapRun.peakRssKb,
    modules: child?.modules ?? null,
    edges: child?.edges ?? null,
    error: blastmapRun.exitCode === 0 ? null : `exit ${blastmapRun.exitCode}: ${blastmapRun.stderrTail}`,
  },
  viewer,
  trend,
  inProcess,
  ratios: {
    graphVsDepcruise: graphMs !== null && depcruiseOk ? graphMs / depcruiseRun.ms : null,
    totalVsFloor: blastmapMs !== null && depcruiseOk ? blastmapMs / (gitLog.ms + depcruiseRun.ms) : null,
  },
};

console.log(formatTable(result));
const jsonPath = values.json ?? path.join(PROJECT, 'bench-results', `${name}-${result.date.slice(0, 10)}.json`);
mkdirSync(path.dirname(jsonPath), { recursive: true });
writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), jsonPath)}`);

interface RunnerOutput {
  mode: 'analyze' | 'graph';
  totalMs: number;
  phases: Record<string, number>;
  maxRssKb: number;
  modules?: number;
  edges?: number;
}

function prefixed(outputs: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(outputs).map(([name, ms]) => [`write ${name}`, ms]));
}

/** Open a report.html of N generated modules in Chromium and time it until a click works. */
async function benchViewer(modules: number): Promise<BenchResult['viewer']> {
  process.stderr.write(`viewer: opening a ${modules}-module report.html in Chromium…\n`);
  try {
    const { benchViewerOpen } = await import('../test/e2e/measure-open.js');
    return { ok: true, ...(await benchViewerOpen(modules)), error: null };
  } catch (error) {
    return { ok: false, modules, htmlBytes: null, openToInteractiveMs: null, error: (error as Error).message.split('\n')[0] ?? 'failed' };
  }
}

function parseRunnerOutput(stdout: string): RunnerOutput | null {
  const last = stdout.trim().split('\n').pop();
  try {
    return last ? (JSON.parse(last) as RunnerOutput) : null;
  } catch {
    return null;
  }
}

/** Synthetic repositories are deterministic per (modules, commits, seed), so one generated earlier is reused. */
async function prepareSynthetic(spec: string, seedValue: number) {
  const [modules, commits] = spec.split(',').map(Number) as [number, number];
  if (!(modules > 0 && commits > 0)) throw new Error('--synthetic takes N,M (modules,commits)');
  const dir = path.join(os.tmpdir(), `blastmap-synthetic-${modules}-${commits}-s${seedValue}`);
  const marker = path.join(dir, '.git', 'blastmap-synthetic-complete');
  let generateMs: number | null = null;
  if (!existsSync(marker)) {
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`generating ${dir}…\n`);
    const started = performance.now();
    await makeSyntheticRepo({ modules, commits, out: dir, seed: seedValue });
    generateMs = performance.now() - started;
    writeFileSync(marker, '');
  }
  return { dir, modules, commits, generateMs };
}
