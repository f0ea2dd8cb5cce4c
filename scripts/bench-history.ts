/**
 * Times the history phase and its peak memory next to plain `git log --numstat -M`:
 *   node --import tsx scripts/bench-history.ts [repoDir] [--synthetic-commits M]
 * With --synthetic-commits, builds a long history with `git fast-import` in a temp dir first.
 * Each measurement runs in a fresh process, so peak RSS is the phase's own.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnalyzerEmitter } from '../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../analyzer/core/options.js';
import { WarningSink } from '../analyzer/core/warnings.js';
import { mineHistory } from '../analyzer/history/index.js';
import { fixtureEnv } from './fixtures/history-fixture.js';

export interface HistoryBench {
  commits: number;
  files: number;
  historyMs: number;
  historyPeakRssMb: number;
  gitLogMs: number;
  gitLogPeakRssMb: number | null;
}

const SELF = fileURLToPath(import.meta.url);

/** Runs mineHistory in a child process and reads its time and peak RSS. */
function measureHistory(repoDir: string): { ms: number; rssMb: number; commits: number; files: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', SELF, '--child', repoDir], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop() as string) as { ms: number; rssMb: number; commits: number; files: number };
}

async function childRun(repoDir: string): Promise<void> {
  const start = performance.now();
  const model = await mineHistory({ repoDir, options: DEFAULT_OPTIONS, emitter: new AnalyzerEmitter(), warnings: new WarningSink() });
  const ms = performance.now() - start;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, rssMb, commits: model.commitsAnalyzed, files: model.files.size })}\n`);
}

/** Plain git log, timed with /usr/bin/time when present for its peak RSS. */
function measureGitLog(repoDir: string): { ms: number; rssMb: number | null } {
  const args = ['log', '--numstat', '-M', '--format=%H'];
  const start = performance.now();
  if (existsSync('/usr/bin/time')) {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', 'git', ...args], { cwd: repoDir, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 24 });
    const ms = performance.now() - start;
    const kb = Number(r.stderr.trim().split('\n').pop());
    return { ms, rssMb: Number.isFinite(kb) ? kb / 1024 : null };
  }
  spawnSync('git', args, { cwd: repoDir, stdio: 'ignore' });
  return { ms: performance.now() - start, rssMb: null };
}

export function benchHistory(repoDir: string): HistoryBench {
  const history = measureHistory(repoDir);
  const gitLog = measureGitLog(repoDir);
  return { commits: history.commits, files: history.files, historyMs: history.ms, historyPeakRssMb: history.rssMb, gitLogMs: gitLog.ms, gitLogPeakRssMb: gitLog.rssMb };
}

/**
 * A synthetic history: `commits` commits by 60 people over 2,000 files in 40 folders (all created by
 * the first commit), 1–4 files per commit, a rename every 500 commits, a Claude co-author on every 5th.
 */
export async function buildSyntheticRepo(dir: string, commits: number): Promise<string> {
  const home = mkdtempSync(join(tmpdir(), 'blastmap-bench-home-'));
  try {
    return await fastImport(dir, commits, fixtureEnv(home));
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

async function fastImport(dir: string, commits: number, env: NodeJS.ProcessEnv): Promise<string> {
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env });
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, env, stdio: ['pipe', 'inherit', 'inherit'] });
  const exited = new Promise<void>((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited ${String(code)}`)))));
  child.stdin.on('error', () => undefined); // a crash shows as the exit code below
  const paths = Array.from({ length: 2000 }, (_, i) => `src/m${i % 40}/file${i}.ts`);
  const versions = new Array<number>(paths.length).fill(0);
  let seed = 42;
  // mulberry32: a fixed seed, so every run builds the same history
  const rand = (n: number): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const content = (i: number): string => {
    const lines: string[] = [];
    for (let l = 0; l < 20; l++) lines.push(`export const v${l} = ${l === versions[i]! % 20 ? versions[i] : l}; // ${paths[i]}`);
    return `${lines.join('\n')}\n`;
  };
  const write = (text: string): Promise<void> => (child.stdin.write(text) ? Promise.resolve() : new Promise((resolve) => child.stdin.once('drain', () => resolve())));
  let time = 1_500_000_000;
  for (let c = 0; c < commits; c++) {
    time += 600 + rand(3600);
    const person = rand(60);
    const touched = new Set<number>();
    const count = c === 0 ? paths.length : 1 + rand(4);
    while (touched.size < count) touched.add(rand(paths.length));
    let ops = '';
    for (const i of touched) {
      versions[i] = (versions[i] ?? 0) + 1;
      const body = content(i);
      ops += `M 100644 inline ${paths[i]}\ndata ${Buffer.byteLength(body)}\n${body}\n`;
    }
    if (c > 0 && c % 500 === 0) {
      const i = rand(paths.length);
      const renamed = paths[i]!.replace(/\.ts$/, `-r${c}.ts`);
      ops += `R ${paths[i]} ${renamed}\n`;
      paths[i] = renamed;
    }
    const message = `change ${c}\n${c % 5 === 0 ? '\nCo-authored-by: Claude <noreply@anthropic.com>\n' : ''}`;
    const who = `Person ${person} <p${person}@example.com> ${time} +0000`;
    await write(`commit refs/heads/main\nauthor ${who}\ncommitter ${who}\ndata ${Buffer.byteLength(message)}\n${message}${ops}\n`);
  }
  await write('done\n');
  child.stdin.end();
  await exited;
  execFileSync('git', ['reset', '-q', '--hard'], { cwd: dir, env });
  return dir;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return childRun(args[1] as string);
  const syntheticAt = args.indexOf('--synthetic-commits');
  let repoDir = args.find((a, i) => !a.startsWith('--') && (syntheticAt < 0 || i !== syntheticAt + 1));
  let cleanup: string | null = null;
  if (syntheticAt >= 0) {
    const commits = Number(args[syntheticAt + 1] ?? 100_000);
    cleanup = mkdtempSync(join(tmpdir(), 'blastmap-bench-'));
    const started = performance.now();
    repoDir = await buildSyntheticRepo(join(cleanup, 'repo'), commits);
    process.stdout.write(`built ${commits} synthetic commits with git fast-import in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  if (!repoDir) throw new Error('usage: bench-history.ts [repoDir] [--synthetic-commits M]');
  try {
    const r = benchHistory(repoDir);
    const mb = (v: number | null): string => (v === null ? 'n/a' : `${v.toFixed(0)} MB`);
    process.stdout.write(`${repoDir}: ${r.commits} commits, ${r.files} files at HEAD\n`);
    process.stdout.write(`  history phase            ${(r.historyMs / 1000).toFixed(2)} s   peak RSS ${mb(r.historyPeakRssMb)} (node; git log child not included)\n`);
    process.stdout.write(`  git log --numstat -M     ${(r.gitLogMs / 1000).toFixed(2)} s   peak RSS ${mb(r.gitLogPeakRssMb)}\n`);
  } finally {
    if (cleanup) rmSync(cleanup, { recursive: true, force: true });
  }
}

if (process.argv[1] === SELF) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
