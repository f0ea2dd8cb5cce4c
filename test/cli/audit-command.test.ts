import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import { buildFamiliarityFixture } from '../../scripts/fixtures/familiarity-fixture.js';
import { ROOT, runCli } from '../support/run-cli.js';

/*
 * The fixture of test/familiarity/fixture-repo.test.ts without its ratings file. Bob authors one
 * module, src/ui/view.ts, so by DOA he is an author of src/ui, src and '.' (an area's authors are
 * its modules' authors). '.' holds nothing but src, so it is src (report.md lists src only): audit
 * asks about src/ui and src, riskiest first by the report's area scores.
 */
let repo: string;
let scratch: string;
let bobAreas: string[];
const ratings = (): string => join(repo, '.blastmap/familiarity.csv');
const head = (): string => execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' });
const status = (): string => execFileSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' });
const answers = (name: string, text: string): string => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(async () => {
  repo = buildFamiliarityFixture(false);
  scratch = mkdtempSync(join(tmpdir(), 'blastmap-audit-'));
  const report = await analyze(repo, DEFAULT_OPTIONS);
  const bob = report.authors.find((a) => a.email === 'bob@example.com')!.id;
  bobAreas = report.areas.filter((a) => a.path !== '.' && a.authors.some((x) => x.id === bob))
    .sort((a, b) => b.risk.score! - a.risk.score! || b.blastRadius - a.blastRadius || (a.path < b.path ? -1 : 1)).map((a) => a.path);
}, 60_000);
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('blastmap audit', () => {
  it('asks about the areas the person authors, riskiest first, and writes nothing when nothing is rated', () => {
    expect([...bobAreas].sort()).toEqual(['src', 'src/ui']);
    const before = head();
    const run = runCli(['audit', repo, '--as', 'Bob Builder', '--answers', answers('quit.txt', 'q\n'), '--date', '2025-06-02']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Rating as Bob Builder <bob@example.com>: 2 areas, riskiest first.');
    expect(run.stdout).toMatch(/\[1\/2\] \S+\n  blast radius \d+ · last change 2025-06-01 · AI 0% · risk /);
    expect(run.stdout).toContain(`[1/2] ${bobAreas[0]}\n`);
    expect(run.stdout).toContain('No ratings given; nothing was written.');
    expect(existsSync(join(repo, '.blastmap'))).toBe(false);
    expect(head()).toBe(before);
  });

  it('creates the file with its header, re-asks on a bad answer, and saves at q', () => {
    const run = runCli(['audit', repo, '--as', 'bob@example.com', '--answers', answers('first.txt', '3\nmaybe\nq\n'), '--date', '2025-06-02']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Answer 1, 2 or 3, s to skip this area, or q to stop');
    expect(run.stdout.indexOf(`[1/2] ${bobAreas[0]}`)).toBeLessThan(run.stdout.indexOf(`[2/2] ${bobAreas[1]}`));
    expect(run.stdout).toContain('1 rating appended to');
    expect(readFileSync(ratings(), 'utf8')).toBe(`date,person,area,rating\n2025-06-02,bob@example.com,${bobAreas[0]},3\n`);
  });

  it('appends after the bytes already there, keeping their line ends, skips, and saves at the end of input', () => {
    // a CRLF file without a final line end, as a spreadsheet may leave it
    const before = Buffer.from('\uFEFFdate,person,area,rating\r\n2025-05-26,alice@example.com,src/core,3', 'utf8');
    writeFileSync(ratings(), before);
    const run = runCli(['audit', repo, '--answers', answers('second.txt', 's\n1\n'), '--as', 'bob@example.com', '--date', '2025-06-09']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 rating appended to');
    const after = readFileSync(ratings());
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(after.subarray(before.length).toString('utf8')).toBe(`\r\n2025-06-09,bob@example.com,${bobAreas[1]},1\r\n`);
    expect(status()).toBe('?? .blastmap/\n'); // written, never committed
  });

  it('takes the rater from git config user.email when --as is not given', () => {
    execFileSync('git', ['config', 'user.email', 'BOB@example.com'], { cwd: repo });
    try {
      const run = runCli(['audit', repo, '--answers', answers('q.txt', 'q\n')]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Rating as Bob Builder <bob@example.com>');
    } finally {
      execFileSync('git', ['config', '--unset', 'user.email'], { cwd: repo });
    }
  });

  it('tells someone the history does not know in one line, exit 2', () => {
    const run = runCli(['audit', repo, '--as', 'nobody@example.com', '--answers', answers('q2.txt', '1\n')]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^blastmap: 'nobody@example.com' is no author of this repository's history/);
    const bad = runCli(['audit', repo, '--date', '2025-02-30']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("blastmap: --date takes a date such as 2025-01-31, got '2025-02-30' (February 2025 has days 01 to 28)\n");
  });

  it('has --help with examples', () => {
    const run = runCli(['audit', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: blastmap audit \[path\]/);
    expect(run.stdout).toContain('Examples:');
    expect(runCli(['--help']).stdout).toContain('blastmap audit [path]');
  });

  it('runs in a real pseudo-terminal (util-linux script)', async () => {
    const fresh = buildFamiliarityFixture(false);
    try {
      const TSX = join(ROOT, 'node_modules/tsx/dist/loader.mjs');
      const inner = [process.execPath, '--import', `file://${TSX}`, join(ROOT, 'analyzer/cli.ts'), 'audit', fresh, '--as', 'bob@example.com', '--date', '2025-06-02']
        .map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(' ');
      const child = spawn('script', ['-q', '-e', '-c', inner, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, TERM: 'dumb' } });
      let seen = '';
      let prompts = 0;
      const typed = ['2\r', 'q\r'];
      child.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString('utf8');
        const count = seen.split('q quit > ').length - 1;
        while (prompts < count && prompts < typed.length) child.stdin.write(typed[prompts++]!);
      });
      const code = await new Promise<number | null>((done) => child.on('close', done));
      expect(seen).toContain('1 rating appended to');
      expect(code).toBe(0);
      expect(readFileSync(join(fresh, '.blastmap/familiarity.csv'), 'utf8')).toBe(`date,person,area,rating\n2025-06-02,bob@example.com,${bobAreas[0]},2\n`);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }, 60_000);
});
