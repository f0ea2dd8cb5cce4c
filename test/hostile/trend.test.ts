import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { DEFAULT_OPTIONS, type AnalyzeOptions } from '../../analyzer/core/options.js';
import type { Report } from '../../analyzer/report/schema/index.js';
import { buildRepo, fixtureEnv, git, PEOPLE, type Step } from '../../scripts/fixtures/history-fixture.js';
import { freshPoint } from '../../scripts/trend-fresh-point.js';
import { runCli } from '../support/run-cli.js';

const WEIRD = '-dash "quoted"\ndir';
const options: AnalyzeOptions = { ...DEFAULT_OPTIONS, cacheDir: null, now: '2025-03-31T23:59:59.000Z', trend: true };

describe('--trend-every: bad values are one line on stderr, exit 2', () => {
  for (const value of ['0', '-3', 'ten', '1.5', '']) {
    it(`'${value}'`, () => {
      const run = runCli(['analyze', '.', `--trend-every=${value}`]);
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/--trend-every takes a positive whole number/);
    });
  }
});

/**
 * Rule files (.gitignore, .gitattributes, .mailmap) under hostile names, and as symbolic links
 * that point outside the repository: the scratch repository writes them by name, never follows a
 * link (git does not either), and the trend still equals fresh runs.
 */
describe('the trend over hostile rule files', () => {
  let repo: string;
  let report: Report;
  let statusBefore: string;
  beforeAll(async () => {
    repo = buildRepo(mkdtempSync(join(tmpdir(), 'blastmap-trend-hostile-')), [
      { kind: 'commit', date: '2025-01-10T12:00:00+00:00', author: PEOPLE.alice, message: 'start\n', write: {
        'src/a.ts': ['export const a = 1;'],
        [`${WEIRD}/x.ts`]: ['export const x = 1;'],
        [`${WEIRD}/y.ts`]: ['export const y = 1;'],
      } },
      { kind: 'commit', date: '2025-02-10T12:00:00+00:00', author: PEOPLE.bob, message: 'rules\n', write: {
        [`${WEIRD}/.gitignore`]: ['x.ts'],
        [`${WEIRD}/.gitattributes`]: ['y.ts linguist-generated'],
        '.mailmap': ['<img src=x onerror=alert(1)> <bob@example.com>'],
      } },
    ]);
    const home = mkdtempSync(join(tmpdir(), 'blastmap-trend-home-'));
    const env = { ...fixtureEnv(home), GIT_AUTHOR_DATE: '2025-03-10T12:00:00+00:00', GIT_COMMITTER_DATE: '2025-03-10T12:00:00+00:00', GIT_AUTHOR_NAME: 'Carol', GIT_AUTHOR_EMAIL: 'carol@example.com', GIT_COMMITTER_NAME: 'Carol', GIT_COMMITTER_EMAIL: 'carol@example.com' };
    git(repo, ['rm', '-q', '--', '.mailmap'], env);
    symlinkSync('/etc/passwd', join(repo, '.mailmap'));
    symlinkSync('../../../../../../etc/hostname', join(repo, 'src', '.gitignore'));
    git(repo, ['add', '-A'], env);
    git(repo, ['commit', '-q', '--no-verify', '-m', 'links'], env);
    rmSync(home, { recursive: true, force: true });
    statusBefore = execFileSync('git', ['status', '--porcelain', '--ignored'], { cwd: repo, encoding: 'utf8' });
    report = await analyze(repo, options);
  }, 120_000);
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('writes nothing into the repository', () => {
    expect(execFileSync('git', ['status', '--porcelain', '--ignored'], { cwd: repo, encoding: 'utf8' })).toBe(statusBefore);
  });

  it('equals fresh runs at each point', async () => {
    const trend = report.trend ?? [];
    expect(trend.map((p) => p.date.slice(0, 10))).toEqual(['2025-01-31', '2025-02-28', '2025-03-31']);
    expect(trend.map((p) => p.sourceModules)).toEqual([3, 1, 1]);
    for (const point of trend) {
      const { date: _d, commit: _c, ...figures } = point;
      expect(figures, point.date).toEqual(await freshPoint(repo, point, options));
    }
  }, 120_000);
});

/**
 * Per-area figures under folder names that are also the names of every object's inherited keys:
 * each area keeps its own entry (none is lost to a prototype, none is invented from one), the
 * figures equal a fresh run's, and report.md names them as text.
 */
describe("the trend's per-area figures under folders named like inherited keys", () => {
  let repo: string;
  let report: Report;
  beforeAll(async () => {
    repo = buildRepo(mkdtempSync(join(tmpdir(), 'blastmap-trend-proto-')), [
      { kind: 'commit', date: '2025-01-10T12:00:00+00:00', author: PEOPLE.alice, message: 'start\n', write: {
        '__proto__/a.ts': ['export const a = 1;'],
        'constructor/b.ts': ['export const b = 1;'],
        'src/c.ts': ['import { a } from "../__proto__/a";', 'import { b } from "../constructor/b";', 'export const c = a + b;'],
      } },
      { kind: 'commit', date: '2025-03-10T12:00:00+00:00', author: PEOPLE.bob, message: 'more\n', write: {
        '__proto__/a.ts': ['export const a = 2;'],
        'hasOwnProperty/d.ts': ['import { c } from "../src/c";', 'export const d = c;'],
      } },
    ]);
    report = await analyze(repo, options);
  }, 120_000);
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('keeps each as its own entry, equal to a fresh run', async () => {
    const last = (report.trend ?? []).at(-1)!;
    expect(Object.keys(last.areas ?? {}).sort()).toEqual(['.', '__proto__', 'constructor', 'hasOwnProperty', 'src']);
    expect(Object.hasOwn(last.areas!, '__proto__')).toBe(true);
    expect(JSON.parse(JSON.stringify(last.areas))).toEqual(JSON.parse(JSON.stringify((await freshPoint(repo, last, options)).areas)));
    expect(Object.keys(JSON.parse(JSON.stringify(last.areas)) as object)).toContain('__proto__');
  }, 120_000);
});

/**
 * A folder that becomes a symbolic link (and a link that becomes a folder) between two quarter
 * ends: the point graphs' tree is rewritten in place, so the one must replace the other there, and
 * the per-area figures still equal fresh runs at every quarter end.
 */
describe('the per-area figures when a folder turns into a link and back', () => {
  let repo: string;
  let report: Report;
  beforeAll(async () => {
    repo = buildRepo(mkdtempSync(join(tmpdir(), 'blastmap-trend-dirlink-')), [
      { kind: 'commit', date: '2024-11-10T12:00:00+00:00', author: PEOPLE.alice, message: 'start\n', write: {
        'lib/x.ts': ['export const x = 1;'],
        'src/a.ts': ['import { x } from "../lib/x";', 'export const a = x;'],
        'src/b.ts': ['export const b = 1;'],
      } },
    ]);
    const home = mkdtempSync(join(tmpdir(), 'blastmap-trend-home-'));
    const commit = (date: string, message: string, change: () => void): void => {
      const env = { ...fixtureEnv(home), GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 'Bob', GIT_AUTHOR_EMAIL: 'bob@example.com', GIT_COMMITTER_NAME: 'Bob', GIT_COMMITTER_EMAIL: 'bob@example.com' };
      change();
      git(repo, ['add', '-A'], env);
      git(repo, ['commit', '-q', '--no-verify', '-m', message], env);
    };
    commit('2025-01-10T12:00:00+00:00', 'lib is src now', () => {
      rmSync(join(repo, 'lib'), { recursive: true, force: true });
      symlinkSync('src', join(repo, 'lib'));
    });
    commit('2025-04-10T12:00:00+00:00', 'lib is a folder again', () => {
      rmSync(join(repo, 'lib'), { force: true });
      execFileSync('mkdir', [join(repo, 'lib')]);
      execFileSync('cp', [join(repo, 'src', 'b.ts'), join(repo, 'lib', 'x.ts')]);
    });
    rmSync(home, { recursive: true, force: true });
    report = await analyze(repo, { ...options, now: '2025-06-30T23:59:59.000Z' });
  }, 120_000);
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('has per-area figures at each quarter end, equal to fresh runs', async () => {
    const quarterEnds = (report.trend ?? []).filter((p) => p.areas !== undefined);
    expect(quarterEnds.map((p) => p.date.slice(0, 10))).toEqual(['2024-12-31', '2025-03-31', '2025-06-30']);
    expect(report.warnings.filter((w) => w.code.startsWith('trend'))).toEqual([]);
    for (const point of quarterEnds) expect(point.areas, point.date).toEqual((await freshPoint(repo, point, options)).areas);
  }, 120_000);
});

/**
 * A clone that lacks a blob git replaced (`git replace <missing> <blob>`, the usual repair of a
 * damaged mirror): the analyzed repository's git log honours the replacement, so the trend's
 * scratch repository must too, or it stops at its first point. Oracle: the same history undamaged,
 * whose four figures at every point are the same (a replaced blob changes line counts, not who
 * committed what).
 */
describe('the trend over a repository whose missing blob is replaced', () => {
  const steps: Step[] = [
    { kind: 'commit', date: '2025-01-10T12:00:00+00:00', author: PEOPLE.alice, message: 'start\n', write: { 'src/a.ts': ['export const a = 1;'], 'src/b.ts': ['export const b = 1;'] } },
    { kind: 'commit', date: '2025-02-10T12:00:00+00:00', author: PEOPLE.bob, message: 'a again\n', write: { 'src/a.ts': ['export const a = 2;'] } },
    { kind: 'commit', date: '2025-03-10T12:00:00+00:00', author: PEOPLE.alice, message: 'c\n', write: { 'src/c.ts': ['export const c = 3;'] } },
  ];
  let whole: string;
  let damaged: string;
  beforeAll(() => {
    whole = buildRepo(mkdtempSync(join(tmpdir(), 'blastmap-trend-whole-')), steps);
    damaged = buildRepo(mkdtempSync(join(tmpdir(), 'blastmap-trend-damaged-')), steps);
    const first = execFileSync('git', ['rev-parse', 'HEAD~2:src/a.ts'], { cwd: damaged, encoding: 'utf8' }).trim();
    const empty = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: damaged, input: '', encoding: 'utf8' }).trim();
    rmSync(join(damaged, '.git', 'objects', first.slice(0, 2), first.slice(2)));
    // `git replace` wants the replaced object's type, which a missing object no longer has
    execFileSync('git', ['update-ref', `refs/replace/${first}`, empty], { cwd: damaged });
  }, 120_000);
  afterAll(() => {
    rmSync(whole, { recursive: true, force: true });
    rmSync(damaged, { recursive: true, force: true });
  });

  it('gives every point, with the figures of the undamaged history', async () => {
    const figures = (r: Report) => r.trend?.map(({ date, commit, sourceModules, truckFactor, aiCommitRatio, busFactorZero }) => ({ date, commit, sourceModules, truckFactor, aiCommitRatio, busFactorZero }));
    const [fromWhole, fromDamaged] = [await analyze(whole, options), await analyze(damaged, options)];
    expect(fromDamaged.warnings.filter((w) => w.code.startsWith('trend'))).toEqual([]);
    expect(fromWhole.trend?.length).toBe(3);
    expect(figures(fromDamaged)).toEqual(figures(fromWhole));
  }, 300_000);
});

describe('the trend over a shallow clone', () => {
  const steps: Step[] = ['01', '02', '03', '04', '05', '06'].map((month, i) => ({
    kind: 'commit',
    date: `2024-${month}-10T12:00:00+00:00`,
    author: i % 2 === 0 ? PEOPLE.alice : PEOPLE.bob,
    message: `month ${month}\n`,
    ...(month === '04' ? { rename: [['src/b.ts', 'src/core/b.ts']] as [string, string][] } : { write: { 'src/a.ts': [`export const a = ${i};`], ...(i === 0 ? { 'src/b.ts': ['export const b = 1;'] } : {}) } }),
  }));
  let full: string;
  let shallow: string;
  beforeAll(() => {
    full = buildRepo(mkdtempSync(join(tmpdir(), 'blastmap-trend-full-')), steps);
    shallow = join(mkdtempSync(join(tmpdir(), 'blastmap-trend-shallow-')), 'repo');
    // three commits deep: the boundary commit is read as if it added every file (git log --root)
    execFileSync('git', ['clone', '-q', '--depth', '3', `file://${full}`, shallow], { stdio: 'ignore' });
  }, 120_000);
  afterAll(() => {
    rmSync(full, { recursive: true, force: true });
    rmSync(join(shallow, '..'), { recursive: true, force: true });
  });

  it('gives the points the clone reaches, each what a fresh analyze of that commit in the clone gives', async () => {
    const report = await analyze(shallow, { ...options, now: '2024-06-30T23:59:59.000Z' });
    expect(report.warnings.filter((w) => w.code.startsWith('trend'))).toEqual([]);
    const trend = report.trend ?? [];
    // April to June: the clone holds the commits of April, May and June only
    expect(trend.map((p) => p.date.slice(0, 7))).toEqual(['2024-04', '2024-05', '2024-06']);
    for (const point of [trend[0], trend.at(-1)] as NonNullable<Report['trend']>) {
      const { date: _date, commit: _commit, ...figures } = point;
      expect(figures, point.date).toEqual(await freshPoint(shallow, point, { ...options, now: '2024-06-30T23:59:59.000Z' }));
    }
  }, 300_000);
});
