import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bareClone, bloblessClone, buildPlainDirectory, buildSmallHistory, buildSuperproject, buildUnborn, detachHead, linkedWorktree, PLAIN_RAW_NAME_AS_REPORTED, shallowClone,
} from '../../scripts/fixtures/hostile/git-shapes.js';
import { analyzeHostile, warningCodes } from './support/contract.js';
import { expectFatal } from './support/fatal.js';
import { sandbox, type Sandbox } from './support/sandbox.js';
import { testGit } from './support/test-git.js';

const boxes: Sandbox[] = [];
const fresh = (name: string): Sandbox => {
  const box = sandbox(name);
  boxes.push(box);
  return box;
};
afterAll(() => boxes.forEach((box) => box.dispose()));

const codes = (report: { warnings: Array<{ code: string }> }): string[] => report.warnings.map((w) => w.code);
const source = (box: Sandbox): string => buildSmallHistory(join(box.root, 'source'));

describe('repositories of every shape', () => {
  it('no repository: a graph-only report with a warning', async () => {
    const box = fresh('plain');
    buildPlainDirectory(box.repo);
    const report = await analyzeHostile(box, { isRepo: false });
    expect(report.warnings.map((w) => [w.code, w.path])).toEqual([['not-a-git-repo', undefined], ['file-name-not-utf8', PLAIN_RAW_NAME_AS_REPORTED]]); // repo-wide first, then by path
    expect(report.repo.head).toBeNull();
    expect(report.edges.map((e) => `${e.source} -> ${e.target}`)).toEqual(['a.ts -> b.ts']);
  });

  it('no commits: a graph-only report with a warning', async () => {
    const box = fresh('unborn');
    buildUnborn(box.repo);
    const report = await analyzeHostile(box);
    expect(codes(report)).toEqual(['no-commits']);
    expect(report.modules.map((m) => m.path)).toEqual(['a.ts', 'b.ts']);
  });

  it('a shallow clone: marked shallow, with a warning, history as far as it goes', async () => {
    const box = fresh('shallow');
    shallowClone(source(box), box.repo);
    const report = await analyzeHostile(box);
    expect(report.repo.shallow).toBe(true);
    expect(codes(report)).toEqual(['shallow-clone']);
    expect(report.repo.commitsAnalyzed).toBe(1);
  });

  it('a detached HEAD: analyzed at that commit, no branch', async () => {
    const box = fresh('detached');
    buildSmallHistory(box.repo);
    detachHead(box.repo);
    const report = await analyzeHostile(box);
    expect(report.repo.branch).toBeNull();
    expect(report.repo.head).toBe(testGit(box.repo, ['rev-parse', 'HEAD']).toString().trim());
    expect(report.repo.commitsAnalyzed).toBe(3);
    expect(codes(report)).toEqual([]);
  });

  it('a linked worktree: works like the main one', async () => {
    const box = fresh('worktree');
    linkedWorktree(source(box), box.repo);
    const report = await analyzeHostile(box);
    expect(report.repo.commitsAnalyzed).toBe(4);
    expect(report.modules.find((m) => m.path === 'a.ts')?.history?.commits).toBe(4);
    expect(codes(report)).toEqual([]);
  });

  it('a submodule: the superproject is analyzed, the submodule named in a warning', async () => {
    const box = fresh('submodule');
    buildSuperproject(source(box), box.repo);
    const report = await analyzeHostile(box);
    expect(report.modules.map((m) => m.path)).toEqual(['app.ts']);
    expect(warningCodes(report, 'libs/lib')).toEqual(['submodule']);
  });

  // the CLI is killed after 60 s and the contract fails on that: the hang guard, with no stopwatch
  it('a blobless partial clone whose remote is gone: the history stops at once with a warning, the graph is whole', async () => {
    const box = fresh('blobless');
    bloblessClone(source(box), box.repo);
    const missing = testGit(box.repo, ['rev-list', '--objects', '--missing=print', '--all']).toString().split('\n').filter((line) => line.startsWith('?'));
    expect(missing).toHaveLength(3); // the three earlier versions of a.ts really are absent
    const report = await analyzeHostile(box, { timeoutMs: 60_000 });
    // the newest commit's diff already needs an absent blob, and it cannot be fetched
    expect(report.repo.commitsAnalyzed).toBe(0);
    expect(report.warnings.map((w) => w.code)).toEqual(['history-incomplete']);
    expect(report.warnings[0]?.message).toMatch(/^git log stopped before the first commit was read: fatal: could not fetch [0-9a-f]{40} from promisor remote/);
    expect(report.modules.map((m) => m.path)).toEqual(['a.ts', 'b.ts', 'c.ts']);
  }, 90_000);
});

describe('paths that have no working tree are fatal', () => {
  it('a bare repository', async () => {
    const box = fresh('bare');
    bareClone(source(box), box.repo);
    await expectFatal(box, ['analyze', box.repo, '--out', box.out], /bare git repository/);
  });

  it('the .git directory itself', async () => {
    const box = fresh('gitdir');
    buildSmallHistory(box.repo);
    await expectFatal(box, ['analyze', join(box.repo, '.git'), '--out', box.out], /inside a \.git directory/);
  });
});
