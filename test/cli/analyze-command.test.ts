import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../analyzer/report/schema/index.js';
import { buildGraphFixture } from '../../scripts/fixtures/graph-fixture.js';
import { validateAgainstSchemaFile } from '../support/report-schema.js';
import { runCli } from '../support/run-cli.js';

let repo: string;
let scratch: string;

beforeAll(() => {
  repo = buildGraphFixture();
  scratch = mkdtempSync(join(tmpdir(), 'blastmap-cli-'));
});
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

const gitStatus = (dir: string): string => execFileSync('git', ['status', '--porcelain', '--ignored'], { cwd: dir, encoding: 'utf8' });

describe('blastmap analyze', () => {
  it('writes report.json, report.md and report.html, and nothing into the repo', () => {
    const before = gitStatus(repo);
    const configBefore = readFileSync(join(repo, '.git/config'), 'utf8');
    const out = join(scratch, 'out');
    const run = runCli(['analyze', repo, '--out', out, '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['report.html', 'report.json', 'report.md']);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    expect(validateAgainstSchemaFile(report)).toEqual([]);
    expect(report.schemaVersion).toBe(2);
    expect(report.repo.head).toMatch(/^[0-9a-f]{40}$/);
    expect(report.summary.modules).toBe(report.modules.length);
    expect(gitStatus(repo)).toBe(before);
    expect(readFileSync(join(repo, '.git/config'), 'utf8')).toBe(configBefore);
  });

  it('defaults --out to ./blastmap-report in the current directory and the path to it', () => {
    const run = runCli(['analyze', '--quiet'], repo);
    // The repo itself is the current directory here, so that is where the report goes.
    expect(run.status).toBe(0);
    expect(existsSync(join(repo, 'blastmap-report', 'report.json'))).toBe(true);
    rmSync(join(repo, 'blastmap-report'), { recursive: true });
  });

  it('gives the same report for the same repo at the same HEAD', () => {
    const a = runCli(['analyze', repo, '--out', join(scratch, 'a'), '--quiet']);
    const b = runCli(['analyze', repo, '--out', join(scratch, 'b'), '--quiet']);
    expect([a.status, b.status]).toEqual([0, 0]);
    const read = (dir: string) => readFileSync(join(scratch, dir, 'report.json'), 'utf8').replaceAll(join(scratch, dir), 'OUT');
    expect(read('a')).toBe(read('b'));
  });

  it('analyzes a directory without git history into a graph-only report, with a warning', () => {
    const plain = mkdtempSync(join(tmpdir(), 'blastmap-plain-'));
    writeFileSync(join(plain, 'a.ts'), "import { b } from './b';\nexport const a = b;\n");
    writeFileSync(join(plain, 'b.ts'), 'export const b = 1;\n');
    const out = join(scratch, 'plain');
    const run = runCli(['analyze', plain, '--out', out, '--no-cache']);
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    expect(report.edges).toEqual([{ source: 'a.ts', target: 'b.ts', typeOnly: false, dynamic: false, kind: 'import' }]);
    expect(report.repo.head).toBeNull();
    expect(report.warnings.some((w) => w.code === 'not-a-git-repo')).toBe(true);
    expect(validateAgainstSchemaFile(report)).toEqual([]);
    // structure is kept, but no module or area is given a risk level it cannot have
    expect(report.modules.find((m) => m.path === 'b.ts')!.graph.blastRadius).toBe(1);
    for (const item of [...report.modules, ...report.areas]) expect(item.risk).toMatchObject({ score: null, level: null, factors: [] });
    expect(report.summary.levels).toEqual({ low: 0, medium: 0, high: 0, critical: 0 });
    const [counts, limit] = run.stderr.split('\n');
    expect(counts).toMatch(/^blastmap: 2 modules, 1 edge, 1 warning -> \S*plain\/report\.json, report\.md, report\.html$/);
    expect(limit).toBe('blastmap: could not see: no git history: structure only, no risk level');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('- **Risk levels (modules):** no git history: structure only, no risk level');
    rmSync(plain, { recursive: true, force: true });
  });
});

describe('the closing lines', () => {
  it('say, one short line each, what the report could not see', () => {
    const out = join(scratch, 'limits');
    const run = runCli(['analyze', repo, '--out', out, '--no-cache']);
    expect(run.status).toBe(0);
    const said = run.stderr.split('\n').filter((l) => l.startsWith('blastmap: could not see: '));
    expect(said).toEqual([
      "blastmap: could not see: 1 import not resolved (1 no such file)",
      'blastmap: could not see: 1 configuration file read in part (1 tsconfig-error)',
      'blastmap: could not see: 5 files left out (2 vendored, 1 binary, 1 declaration-file, 1 generated)', // a .min.js is vendored by Linguist's rules
      'blastmap: could not see: 1 file read in part (1 parse-error)',
    ]);
    // the same limits, from the same function, in report.md
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    for (const line of said) expect(markdown).toContain(line.replace('blastmap: could not see: ', '').replace(/^./, (c) => c.toUpperCase()));
  });
});

describe('fatal input: one line on stderr, exit 2', () => {
  const fatal = (args: string[], pattern: RegExp) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(pattern);
  };
  it('a missing path', () => fatal(['analyze', '/nonexistent/blastmap-nowhere'], /no such directory/));
  it('a file given as the path', () => fatal(['analyze', join(process.cwd(), 'package.json')], /not a directory/));
  it('an unknown option', () => fatal(['analyze', '.', '--frobnicate'], /^blastmap: unknown option '--frobnicate' for analyze; see 'blastmap analyze --help'$/m));
  it('an unknown option close to a known one, with the guess', () => fatal(['analyze', '.', '--outt', 'x1'], /^blastmap: unknown option '--outt' for analyze \(did you mean --out\?\); see 'blastmap analyze --help'$/m));
  it('a negative number, by the option\'s own check', () => fatal(['analyze', '.', '--activity-days', '-5'], /^blastmap: --activity-days takes a positive whole number, got '-5'$/m));
  it('a bad number', () => fatal(['analyze', '.', '--top', 'ten'], /--top takes a positive whole number/));
  it('a bad date', () => fatal(['analyze', '.', '--since', 'yesterday'], /--since takes an ISO date/));
  it('an unknown command', () => fatal(['frobnicate'], /unknown command 'frobnicate'/));
  it('a config with an unknown key, named', () => {
    const config = join(scratch, 'bad.json');
    writeFileSync(config, JSON.stringify({ score: { weights: { blastRadius: 1, vibes: 2 } } }));
    fatal(['analyze', '.', '--config', config], /\/score\/weights: unknown key 'vibes'/);
  });
  it('a config that is not JSON', () => {
    const config = join(scratch, 'broken.json');
    writeFileSync(config, '{ "top": ');
    fatal(['analyze', '.', '--config', config], /bad config .*broken\.json/);
  });
  it('a config with a bad regular expression, named', () => {
    const config = join(scratch, 'regex.json');
    writeFileSync(config, JSON.stringify({ botPatterns: ['(unclosed'] }));
    fatal(['analyze', '.', '--config', config], /\/botPatterns\/0: not a valid regular expression/);
  });
});

describe('help', () => {
  it('documents every option', () => {
    const run = runCli(['analyze', '--help']);
    expect(run.status).toBe(0);
    for (const flag of ['--out', '--config', '--since', '--now', '--activity-days', '--top', '--exclude', '--test', '--max-file-bytes', '--anonymize', '--quiet'])
      expect(run.stdout).toContain(flag);
  });
});
