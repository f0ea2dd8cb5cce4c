import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

let root: string;
let repo: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'blastmap-outsafe-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'blastmap-report'), { recursive: true });
  writeFileSync(join(repo, 'a.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'victim.txt'), 'precious\n');
  // what a hostile repository can commit: an output name that is a link to someone else's file
  symlinkSync(join(root, 'victim.txt'), join(repo, 'blastmap-report', 'report.md'));
  writeFileSync(join(repo, 'blastmap.config.json'), JSON.stringify({ botPatterns: ['^(a|aa)+$'] }));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('where the outputs go', () => {
  it('replaces a link committed where an output goes instead of writing through it', () => {
    const run = runCli(['analyze', '.', '--no-cache'], repo);
    expect(run.status).toBe(0);
    expect(readFileSync(join(root, 'victim.txt'), 'utf8')).toBe('precious\n');
    expect(lstatSync(join(repo, 'blastmap-report', 'report.md')).isSymbolicLink()).toBe(false);
    // and the repository's own config had its patterns left unrun, saying so
    expect(run.stderr).toMatch(/ignoring botPatterns in .*blastmap\.config\.json/);
  });

  it('refuses an output folder that is a link', () => {
    symlinkSync(root, join(root, 'linked-out'));
    const run = runCli(['analyze', repo, '--no-cache', '--quiet', '--out', join(root, 'linked-out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^blastmap: the output folder .* is a symbolic link; give a real folder with --out\n$/);
  });

  it('refuses an output folder that is a file, or below one, before analysing', () => {
    const file = join(root, 'victim.txt');
    const cases = [
      [file, `blastmap: --out ${file} is a file, not a folder: give a folder for report.json, report.md and report.html\n`],
      [join(file, 'out'), `blastmap: --out ${join(file, 'out')}: a part of the path is a file, not a folder\n`],
    ];
    for (const [out, said] of cases) {
      const run = runCli(['analyze', repo, '--no-cache', '--quiet', '--out', out!]);
      expect([run.status, run.stderr]).toEqual([2, said]);
    }
    expect(readFileSync(file, 'utf8')).toBe('precious\n');
  });

  it('takes no output folder from a config file', () => {
    const config = join(root, 'out.json');
    writeFileSync(config, JSON.stringify({ out: '../escape' }));
    const run = runCli(['analyze', repo, '--no-cache', '--quiet', '--config', config]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown key 'out'/);
  });
});
