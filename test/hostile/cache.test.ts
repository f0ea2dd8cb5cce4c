import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { AnalyzerEmitter, type CacheEvent } from '../../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import { encodeEntry } from '../../analyzer/incremental/store/envelope.js';
import { buildRepo, HISTORY_FIXTURE_STEPS } from '../../scripts/fixtures/history-fixture.js';
import { addCommits, commit, run, tempDir } from '../incremental/support.js';
import { ROOT } from '../support/run-cli.js';

/**
 * Whatever happens to the cache folder (damage, runs sharing it, a run killed midway), a run gives
 * the report a cold run gives, or exits with one clear line: never a crash, never a wrong figure.
 */
const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const scratch = (name: string): string => {
  const dir = tempDir(name);
  cleanup.push(dir);
  return dir;
};

const NEXT = commit('2025-01-05', { write: { 'src/core/a.ts': ['a1', 'A2', 'a9'], 'src/new.ts': ["import './core/a';", 'export const n = 1;'] }, rename: [['src/lib/b.ts', 'src/lib/b2.ts']] });

function cacheFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** A filled cache folder, its files, and the repository one commit later (so a warm run resumes, re-parses and re-resolves). */
async function filledCache(): Promise<{ repo: string; cacheDir: string; files: string[]; cold: string }> {
  const repo = buildRepo(scratch('cache-hostile-repo'), HISTORY_FIXTURE_STEPS);
  const cacheDir = scratch('cache-hostile-cache');
  await run(repo, cacheDir);
  const files = cacheFiles(cacheDir);
  addCommits(repo, [NEXT]);
  return { repo, cacheDir, files, cold: (await run(repo, null)).json };
}

/** A small deterministic PRNG: the damage is the same on every run of the suite. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 2 ** 32;
  };
}

const DAMAGE: [string, (bytes: Buffer, next: () => number) => Buffer][] = [
  ['emptied', () => Buffer.alloc(0)],
  ['cut after its header line', (bytes) => bytes.subarray(0, bytes.indexOf(0x0a) + 1)],
  ['cut at a random byte', (bytes, next) => bytes.subarray(0, Math.floor(next() * bytes.length))],
  ['a span overwritten with random bytes', (bytes, next) => {
    const copy = Buffer.from(bytes);
    const at = Math.floor(next() * copy.length);
    for (let i = at; i < Math.min(copy.length, at + 16); i++) copy[i] = Math.floor(next() * 256);
    return copy;
  }],
  ['one byte of the payload flipped', (bytes, next) => {
    const copy = Buffer.from(bytes);
    const header = copy.indexOf(0x0a) + 1;
    const at = header + Math.floor(next() * (copy.length - header));
    copy[at] = (copy[at] as number) ^ 0x01;
    return copy;
  }],
];

describe('a damaged cache file gives the cold report', () => {
  it.each(DAMAGE)('each file %s, one at a time', async (_name, damage) => {
    const { repo, cacheDir, files, cold } = await filledCache();
    // the fixture's files were written a moment ago, so no stat stamp is kept for them (stamps.jsonl)
    expect(files.map((f) => basename(f).replace(/^[0-9a-f]{40}\.json$/, '<HEAD>.json'))).toEqual(['graph-key.jsonl', 'graph.jsonl', '<HEAD>.json', 'metrics.jsonl', 'parses.jsonl', 'resolutions.jsonl', 'symbols.jsonl']);
    const next = random(files.length);
    const kept = new Map(files.map((file) => [file, readFileSync(file)]));
    for (const file of files) {
      writeFileSync(file, damage(kept.get(file) as Buffer, next));
      expect((await run(repo, cacheDir)).json, file).toBe(cold);
      // put every file back as it was, for the next file's case
      for (const [path, bytes] of kept) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, bytes);
      }
      for (const extra of cacheFiles(cacheDir)) if (!kept.has(extra)) rmSync(extra);
    }
  });

  it.each([[null], [7], ['text'], [[]], [{ junk: true }]])('entries well formed but of the wrong shape (%j, written by hand, digest and all): the cold report', async (shape) => {
    const { repo, cacheDir, files, cold } = await filledCache();
    {
      for (const file of files) {
        const kind = /"kind":"(\w+)"/.exec(readFileSync(file, 'utf8'))?.[1] as Parameters<typeof encodeEntry>[0];
        // a journal maps keys to values: keep every key, give each a value of the wrong shape
        const payload = JSON.parse(readFileSync(file, 'utf8').split('\n')[1] ?? 'null') as unknown;
        const wrong = payload && typeof payload === 'object' && !Array.isArray(payload) && kind !== 'history' ? Object.fromEntries(Object.keys(payload).map((k) => [k, shape])) : shape;
        writeFileSync(file, `${encodeEntry(kind, wrong)}\n`);
      }
      const warm = await run(repo, cacheDir);
      expect(warm.json).toBe(cold);
      // and the run after it trusts what is there now
      expect((await run(repo, cacheDir)).json).toBe(cold);
    }
  });
});

describe('a crafted entry that breaks the run', () => {
  it('is dropped with the rest of the entry, the run is done again without it, and the report is the cold one', async () => {
    const { repo, cacheDir, files, cold } = await filledCache();
    const file = files.find((f) => f.endsWith('resolutions.jsonl')) as string;
    const stored = JSON.parse(readFileSync(file, 'utf8').split('\n')[1] ?? '{}') as Record<string, Record<string, unknown>>;
    // right at the top, wrong inside: each module's lookups must be a list
    for (const memo of Object.values(stored)) memo.byFile = [['src/e.ts', 5]];
    writeFileSync(file, `${encodeEntry('resolutions', stored)}\n`);
    const emitter = new AnalyzerEmitter();
    const events: CacheEvent[] = [];
    emitter.on('cache', (event) => events.push(event));
    const report = await analyze(repo, { ...DEFAULT_OPTIONS, cacheDir }, emitter, () => new Date('2030-01-01T00:00:00Z'));
    expect(JSON.stringify(report)).toBe(cold);
    expect(events.filter((e) => e.stage === 'run')).toEqual([{ stage: 'run', discarded: expect.stringMatching(/iterable/) }]);
    // the entry went; the next run starts afresh and keeps its work again
    const next = await run(repo, cacheDir);
    expect([next.json, next.history?.mode]).toEqual([cold, 'cold']);
    expect((await run(repo, cacheDir)).history?.mode).toBe('incremental');
  });
});

describe('remembered figures whose map positions are crafted', () => {
  it.each([
    ['a module number past the last module', (layout: number[]) => layout.splice(0, 1, 1e9)],
    ['a position that is not a number', (layout: number[]) => layout.splice(1, 1, 'x' as unknown as number)],
    ['a list cut mid-position', (layout: number[]) => layout.splice(-1, 1)],
    ['one whole position left out', (layout: number[]) => layout.splice(-3, 3)],
    ['a module placed twice', (layout: number[]) => layout.splice(3, 1, layout[0]!)],
  ])('%s: the figures are worked out again, and the report is the cold one', async (_name, craft) => {
    const repo = buildRepo(scratch('cache-figures-repo'), HISTORY_FIXTURE_STEPS);
    const cacheDir = scratch('cache-figures-cache');
    const cold = (await run(repo, cacheDir)).json;
    const file = cacheFiles(cacheDir).find((f) => f.endsWith('metrics.jsonl')) as string;
    const stored = JSON.parse(readFileSync(file, 'utf8').split('\n')[1] ?? '{}') as Record<string, { layout: number[] }>;
    for (const figures of Object.values(stored)) craft(figures.layout);
    writeFileSync(file, `${encodeEntry('metrics', stored)}\n`);
    const warm = await run(repo, cacheDir);
    expect([warm.json, warm.metrics?.reused]).toEqual([cold, false]);
  });
});

describe('a --leaving name nobody in the history has', () => {
  it('fails the run at once and leaves the cache as it was: the next run is warm', async () => {
    const { repo, cacheDir, files } = await filledCache();
    const emitter = new AnalyzerEmitter();
    const events: CacheEvent[] = [];
    emitter.on('cache', (event) => events.push(event));
    await expect(analyze(repo, { ...DEFAULT_OPTIONS, cacheDir, leaving: ['Nobody Atall'] }, emitter)).rejects.toThrow("--leaving: no author in the history is 'Nobody Atall'");
    expect(events.filter((e) => e.stage === 'run')).toEqual([]);
    expect(cacheFiles(cacheDir).filter((f) => files.includes(f))).toEqual(files);
    expect((await run(repo, cacheDir)).history?.mode).toBe('incremental');
  });
});

const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** The CLI in its own process; killed with SIGKILL after `killAfterMs` when given. */
function cli(repo: string, out: string, cacheDir: string, killAfterMs?: number): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'analyzer/cli.ts'), 'analyze', repo, '--out', out, '--cache-dir', cacheDir, '-q'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, BLASTMAP_DEBUG: '' },
    });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    const guard = setTimeout(() => child.kill('SIGKILL'), 120_000);
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      clearTimeout(guard);
      resolve({ status, signal, stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
}

async function coldReport(repo: string): Promise<string> {
  const out = scratch('cache-cold-out');
  const child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'analyzer/cli.ts'), 'analyze', repo, '--out', out, '--no-cache', '-q'], { stdio: 'ignore' });
  await new Promise((done) => child.on('close', done));
  return readFileSync(join(out, 'report.json'), 'utf8');
}

describe('runs sharing one cache folder', () => {
  it('three runs at once on an empty cache, then three at once after a commit: each gives the cold report, and so does the next', async () => {
    const repo = buildRepo(scratch('cache-shared-repo'), HISTORY_FIXTURE_STEPS);
    const cacheDir = scratch('cache-shared');
    for (const round of [0, 1]) {
      if (round === 1) addCommits(repo, [NEXT]);
      const cold = await coldReport(repo);
      const outs = [0, 1, 2].map(() => scratch('cache-shared-out'));
      const runs = await Promise.all(outs.map((out) => cli(repo, out, cacheDir)));
      expect(runs.map((r) => [r.status, r.stderr])).toEqual(runs.map(() => [0, '']));
      for (const out of outs) expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe(cold);
      const after = scratch('cache-shared-out');
      expect((await cli(repo, after, cacheDir)).status).toBe(0);
      expect(readFileSync(join(after, 'report.json'), 'utf8')).toBe(cold);
    }
  }, 300_000);
});

describe('a run killed at any moment', () => {
  it('leaves a cache from which the next run gives the cold report', async () => {
    const repo = buildRepo(scratch('cache-killed-repo'), HISTORY_FIXTURE_STEPS);
    const cold = await coldReport(repo);
    // how long a whole run with a cache takes here, so the kills land all along it
    const timing = scratch('cache-killed-timing');
    const started = Date.now();
    expect((await cli(repo, scratch('cache-killed-out'), timing)).status).toBe(0);
    const whole = Date.now() - started;
    const moments = [0.15, 0.35, 0.55, 0.75, 0.9, 0.97].map((share) => Math.round(share * whole));
    let killed = 0;
    for (const ms of moments) {
      const cacheDir = scratch('cache-killed');
      const first = await cli(repo, scratch('cache-killed-out'), cacheDir, ms);
      if (first.signal === 'SIGKILL') killed += 1;
      const out = scratch('cache-killed-out');
      const next = await cli(repo, out, cacheDir);
      expect([ms, next.status, next.stderr]).toEqual([ms, 0, '']);
      expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe(cold);
      // a kill during a write leaves at most a temporary file beside the journals
      for (const file of cacheFiles(cacheDir)) expect(statSync(file).isFile()).toBe(true);
    }
    // most moments fall inside the run (a run that finished first is no test of a kill)
    expect(killed).toBeGreaterThanOrEqual(moments.length - 2);
  }, 600_000);
});
