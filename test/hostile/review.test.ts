import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WarningSink } from '../../analyzer/core/warnings.js';
import { buildMarkerRules } from '../../analyzer/history/marker-rules.js';
import { changedFiles } from '../../analyzer/review/changed-files.js';
import { resolveRange } from '../../analyzer/review/git-range.js';
import { rangeCommits } from '../../analyzer/review/range-commits.js';
import { parseWorkflowCommand } from '../../analyzer/review/format/github.js';
import { ALICE, FixtureGit } from '../../scripts/fixtures/review-fixture.js';
import { runCli, type CliRun } from '../support/run-cli.js';
import { snapshotTree, treeChanges } from './support/tree-snapshot.js';

/** each case runs the CLI or the whole pipeline: minutes on a busy 2-core machine, never a timing check */
const LONG = 600_000;
const scratch = mkdtempSync(path.join(tmpdir(), 'blastmap-hostile-review-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function newRepo(name: string): FixtureGit {
  const dir = path.join(scratch, name);
  execFileSync('mkdir', ['-p', dir]);
  const repo = new FixtureGit(dir);
  repo.git(['init', '-q', '-b', 'main']);
  return repo;
}

/** fatal input: exit 2, one line on stderr, nothing written into the repository */
function expectFatal(repo: FixtureGit, args: string[], reason: RegExp): CliRun {
  const before = snapshotTree(repo.dir);
  const run = runCli(['review', repo.dir, '--no-cache', ...args]);
  expect(run.status, run.stderr).toBe(2);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(reason);
  expect(treeChanges(before, snapshotTree(repo.dir))).toEqual([]);
  return run;
}

let repo: FixtureGit;
beforeAll(() => {
  repo = newRepo('main');
  repo.commit(ALICE, '2025-05-01T12:00:00Z', 'start', { 'src/a.ts': "export const a = 1;\n", 'src/b.ts': "import { a } from './a.js';\nexport const b = a;\n" });
  repo.commit(ALICE, '2025-05-02T12:00:00Z', 'more', { 'src/a.ts': "export const a = 2;\n" });
});

describe('blastmap review on bad input', () => {
  it('a base that does not exist', () => {
    expectFatal(repo, ['--base', 'no-such-branch'], /--base "no-such-branch" names no commit/);
  }, LONG);

  it('a ref with a newline, and one that would be an option', () => {
    expectFatal(repo, ['--base', 'main\n--output=/tmp/x'], /newline/);
    // --end-of-options: '--output=x' is a ref name here, and no ref has it
    expectFatal(repo, ['--base=--output=/tmp/evil'], /names no commit/);
  }, LONG);

  it('unrelated histories', () => {
    repo.git(['checkout', '-q', '--orphan', 'island']);
    repo.git(['rm', '-rq', '--cached', '.']);
    repo.commit(ALICE, '2025-05-03T12:00:00Z', 'an island', { 'src/other.ts': 'export const o = 1;\n' });
    expectFatal(repo, ['--base', 'main'], /no common ancestor/);
    repo.git(['checkout', '-q', '-f', 'main']);
  }, LONG);

  it('a shallow clone without the merge-base: one line, and the fix', () => {
    repo.git(['checkout', '-q', '-b', 'feature', 'main']);
    repo.commit(ALICE, '2025-05-04T12:00:00Z', 'feature work', { 'src/b.ts': "import { a } from './a.js';\nexport const b = a + 1;\n" });
    repo.git(['checkout', '-q', 'main']);
    repo.commit(ALICE, '2025-05-05T12:00:00Z', 'main moves on', { 'src/a.ts': "export const a = 3;\n" });
    const shallow = new FixtureGit(path.join(scratch, 'shallow'));
    execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo.dir}`, shallow.dir], { stdio: 'ignore' });
    shallow.git(['fetch', '-q', '--depth', '1', 'origin', 'main:main']);
    expectFatal(shallow, ['--base', 'main'], /shallow clone.*fetch-depth: 0/);
  }, LONG);

  it('a head that is not checked out', () => {
    expectFatal(repo, ['--base', 'main', '--head', 'feature'], /not the checked-out commit/);
  }, LONG);

  it('leaves nothing in the temporary folder without a cache: the base tree and its manifest go', () => {
    const temporary = mkdtempSync(path.join(scratch, 'tmp-'));
    const run = runCli(['review', repo.dir, '--no-cache', '--base', 'HEAD~1', '-f', 'json'], undefined, [], { TMPDIR: temporary });
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(temporary).filter((name) => name.startsWith('blastmap-'))).toEqual([]);
  }, LONG);

  it('a repository missing a blob of the base tree: exit 3 (could not run), never 1 (a failed gate)', () => {
    const broken = newRepo('missing-blob');
    broken.commit(ALICE, '2025-05-01T12:00:00Z', 'start', { 'src/a.ts': 'export const gone = 1;\n', 'src/b.ts': "import { gone } from './a.js';\nexport const b = gone;\n" });
    broken.commit(ALICE, '2025-05-02T12:00:00Z', 'a changes', { 'src/a.ts': 'export const gone = 2;\n' });
    // the base's copy of src/a.ts, loose in the object store: remove it as a damaged clone would lack it
    const oid = broken.git(['rev-parse', 'HEAD~1:src/a.ts']).trim();
    rmSync(path.join(broken.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
    const before = snapshotTree(broken.dir);
    const run = runCli(['review', broken.dir, '--no-cache', '--base', 'HEAD~1', '-f', 'json']);
    expect(run.status, run.stderr).toBe(3);
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^blastmap: review failed: /)]);
    expect(run.stdout).toBe('');
    expect(treeChanges(before, snapshotTree(broken.dir))).toEqual([]);
  }, LONG);
});

describe('blastmap review on hostile names', () => {
  it('branch names with quotes and a leading dash, paths with spaces, quotes, newlines and leading dashes', () => {
    const names = ['src/with space.ts', `src/q"uote'.ts`, 'src/new\nline.ts', 'src/-dash.ts', '-top.ts'];
    repo.git(['update-ref', 'refs/heads/-base', repo.git(['rev-parse', 'main']).trim()]);
    repo.git(['checkout', '-q', '-b', `it's"quoted"`, 'main']);
    repo.commit(ALICE, '2025-05-06T12:00:00Z', 'odd names', Object.fromEntries(names.map((n) => [n, "import { a } from './a.js';\nexport const x = a;\n".replace('./a.js', n.startsWith('src/') ? './a.js' : './src/a.js')])));
    const run = runCli(['review', repo.dir, '--base=-base', '--no-cache', '-q', '-f', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const review = JSON.parse(run.stdout) as { base: { ref: string }; changed: Array<{ path: string; status: string }> };
    expect(review.base.ref).toBe('-base');
    expect(review.changed.map((c) => c.path).sort()).toEqual([...names].sort());
    expect(review.changed.every((c) => c.status === 'added')).toBe(true);
    const github = runCli(['review', repo.dir, `--base=-base`, '--head', `it's"quoted"`, '--no-cache', '-q', '-f', 'github']);
    expect(github.status, github.stderr).toBe(0);
    repo.git(['checkout', '-q', 'main']);
  }, LONG);

  it('a 10 MB pull request body with HTML and workflow commands: searched, never echoed as a command', () => {
    repo.git(['checkout', '-q', '-b', 'ai-change', 'main']);
    repo.commit(ALICE, '2025-05-07T12:00:00Z', 'a changes\n\nCo-authored-by: Claude <noreply@anthropic.com>', { 'src/a.ts': 'export const a = 4;\n' });
    const hostile = '<script>alert(1)</script>\n::set-output name=x::pwned\n::add-mask::secret\n%0A::error::forged\n';
    const filler = hostile.repeat(Math.ceil((10 * 1024 * 1024) / hostile.length));
    const event = path.join(scratch, 'event.json');
    const summary = path.join(scratch, 'summary.md');
    const config = path.join(scratch, 'review-config.json');
    writeFileSync(config, JSON.stringify({ review: { aiBlastRadius: 1 } }));
    const args = ['review', repo.dir, '--base', 'main', '--config', config, '--no-cache', '-q', '-f', 'github'];
    const run = (body: string): CliRun => {
      writeFileSync(event, JSON.stringify({ pull_request: { body } }));
      writeFileSync(summary, '');
      return spawnCli(args, { GITHUB_EVENT_PATH: event, GITHUB_STEP_SUMMARY: summary });
    };
    const unexplained = run(filler);
    expect(unexplained.status, unexplained.stderr).toBe(1);
    const lines = unexplained.stdout.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const command = parseWorkflowCommand(line);
      if (command === null) expect(line.startsWith('blastmap: ')).toBe(true);
      else expect(['error', 'warning', 'notice']).toContain(command.command);
    }
    expect(unexplained.stdout).not.toContain('pwned');
    const written = readFileSync(summary, 'utf8');
    expect(Buffer.byteLength(written)).toBeLessThan(1024 * 1024);
    expect(written).toContain('ai-change-unexplained');
    // the same body with the section at its very end: the whole 10 MB is searched
    const explained = run(`${filler}\n## Why\nBecause the value changed upstream.\n`);
    expect(explained.status, explained.stderr).toBe(0);
    repo.git(['checkout', '-q', 'main']);
  }, LONG);
});

/** like runCli, with extra environment */
function spawnCli(args: string[], env: Record<string, string>): CliRun {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return runCli(args);
  } finally {
    for (const key of Object.keys(env)) if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
  }
}

describe('blastmap review at scale', () => {
  /** commits written through git fast-import: thousands in a second */
  function fastImport(target: FixtureGit, stream: string): void {
    execFileSync('git', ['fast-import', '--quiet'], { cwd: target.dir, input: stream, stdio: ['pipe', 'ignore', 'pipe'] });
  }

  it('a range of 5,000 commits: every one read, with its files', async () => {
    const big = newRepo('long');
    const root = big.commit(ALICE, '2025-01-01T00:00:00Z', 'root', { 'src/a.ts': 'export const a = 0;\n' });
    let stream = '';
    for (let i = 1; i <= 5000; i += 1) {
      const body = `export const a = ${i};\n`;
      stream += `commit refs/heads/long\nauthor Alice Active <alice@example.com> ${1735700000 + i} +0000\ncommitter Alice Active <alice@example.com> ${1735700000 + i} +0000\ndata ${`c${i}`.length}\nc${i}\n`;
      if (i === 1) stream += `from ${root}\n`;
      stream += `M 100644 inline src/a.ts\ndata ${Buffer.byteLength(body)}\n${body}\n`;
    }
    fastImport(big, stream);
    const range = await resolveRange(big.dir, 'main', 'long');
    expect(range.mergeBase).toBe(root);
    const commits = await rangeCommits(big.dir, range, buildMarkerRules([], [], new WarningSink()));
    expect(commits).toHaveLength(5000);
    expect(commits.every((c) => c.files.length === 1 && c.files[0] === 'src/a.ts')).toBe(true);
    expect(new Set(commits.map((c) => c.sha)).size).toBe(5000);
    expect(await changedFiles(big.dir, range)).toEqual([{ path: 'src/a.ts', status: 'modified', from: null }]);
  }, LONG);

  it('a change of 20,000 files: every one listed, by its exact name', async () => {
    const wide = newRepo('wide');
    const root = wide.commit(ALICE, '2025-01-01T00:00:00Z', 'root', { 'src/a.ts': 'export const a = 0;\n' });
    let stream = `commit refs/heads/wide\nauthor Alice Active <alice@example.com> 1735800000 +0000\ncommitter Alice Active <alice@example.com> 1735800000 +0000\ndata 4\nwide\nfrom ${root}\n`;
    const names: string[] = [];
    for (let i = 0; i < 20_000; i += 1) {
      const name = `src/gen/${i % 100}/file ${i}.ts`;
      names.push(name);
      stream += `M 100644 inline "${name}"\ndata 20\nexport const v = 1;\n\n`;
    }
    fastImport(wide, stream);
    const changed = await changedFiles(wide.dir, await resolveRange(wide.dir, 'main', 'wide'));
    expect(changed).toHaveLength(20_000);
    expect(new Set(changed.map((c) => c.path))).toEqual(new Set(names));
    expect(changed.every((c) => c.status === 'added')).toBe(true);
  }, LONG);
});
