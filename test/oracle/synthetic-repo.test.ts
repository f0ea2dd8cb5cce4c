import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oracleEdges } from '../../scripts/oracle/ts-edges.js';
import { makeSyntheticRepo } from '../../scripts/synthetic/make-repo.js';
import { DEPENDABOT, PEOPLE } from '../../scripts/synthetic/people.js';

const MODULES = 300;
const COMMITS = 600;

describe('synthetic repository generator', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'blastmap-synthetic-test-'));
  let dir: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });

  beforeAll(async () => {
    dir = await makeSyntheticRepo({ modules: MODULES, commits: COMMITS, out: path.join(scratch, 'a'), seed: 7 });
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('has exactly the requested modules and commits', () => {
    const modules = git('ls-files').split('\n').filter((f) => f.endsWith('.ts'));
    expect(modules).toHaveLength(MODULES);
    expect(modules.filter((f) => f.endsWith('.test.ts')).length).toBe(Math.round(MODULES * 0.15));
    expect(Number(git('rev-list', '--count', 'HEAD').trim())).toBe(COMMITS);
    expect(git('status', '--porcelain')).toBe('');
  });

  it('is identical for the same seed', async () => {
    const again = await makeSyntheticRepo({ modules: MODULES, commits: COMMITS, out: path.join(scratch, 'b'), seed: 7 });
    const head = (cwd: string) => execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8' });
    expect(head(again)).toBe(head(dir));
  });

  it('imports resolve under its tsconfig paths, with hubs, barrels and cycles', () => {
    const modules = git('ls-files').split('\n').filter((f) => f.endsWith('.ts'));
    const oracle = oracleEdges(dir, modules);
    const unresolved = [...oracle.misses.keys()].map((k) => k.split('\0')[1]).filter((spec) => spec !== 'vitest');
    expect(unresolved).toEqual([]);
    const fanIn = new Map<string, number>();
    for (const edge of oracle.edges) fanIn.set(edge.split('\0')[1]!, (fanIn.get(edge.split('\0')[1]!) ?? 0) + 1);
    expect(Math.max(...fanIn.values())).toBeGreaterThan(MODULES / 10);
    expect([...oracle.specifiers.values()].some((s) => s.startsWith('@features/') && !s.slice(10).includes('/'))).toBe(true);
    const mutual = [...oracle.edges].filter((e) => oracle.edges.has(e.split('\0').reverse().join('\0')));
    expect(mutual.length).toBeGreaterThan(0);
    expect(git('grep', '-l', 'import type', '--', 'src').trim()).not.toBe('');
  });

  it('has a history with renames, departed authors, dependabot and Claude co-authored commits', () => {
    expect(git('log', '-M', '--diff-filter=R', '--format=%h').trim()).not.toBe(''); // at least one rename commit
    expect(git('log', '--format=%an').split('\n')).toContain('dependabot[bot]');
    expect(git('log', '--format=%B')).toContain('Co-authored-by: Claude <noreply@anthropic.com>');
    const lastByAuthor = new Map<string, number>();
    for (const line of git('log', '--format=%an|%at').trim().split('\n')) {
      const [name, at] = line.split('|') as [string, string];
      lastByAuthor.set(name, Math.max(lastByAuthor.get(name) ?? 0, Number(at)));
    }
    expect([...lastByAuthor.keys()].sort()).toEqual([...PEOPLE, DEPENDABOT].map((p) => p.name).sort());
    const newest = Math.max(...lastByAuthor.values());
    const first = Number(git('log', '--reverse', '--format=%at').split('\n')[0]);
    expect((newest - first) / (365 * 86400)).toBeCloseTo(3, 1); // three years of history
    // gone for over 180 days: the four whose pinned activity ends by 75 % of the three years (274 days
    // or more before the end); Lena Fischer, the fifth to leave, stops at 88 %, 131 days before it
    const departed = [...lastByAuthor].filter(([, at]) => newest - at > 180 * 86400).map(([name]) => name);
    expect(departed.sort()).toEqual(['Bruno Keller', 'Dmitri Volkov', 'Fatima Zahra', 'Ivan Petrov']);
    const touched = git('log', '--format=%x00', '--name-only').split('\0').slice(2).map((c) => c.trim().split('\n').filter(Boolean).length);
    expect(Math.max(...touched)).toBeGreaterThanOrEqual(5);
  });
});
