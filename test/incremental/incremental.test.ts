import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRepo } from '../../scripts/fixtures/history-fixture.js';
import { HISTORY_FIXTURE_STEPS } from '../../scripts/fixtures/history-fixture.js';
import { RISK_FIXTURE_STEPS } from '../../scripts/fixtures/risk-fixture.js';
import { addCommits, commit, run, tempDir } from './support.js';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fixture(steps: Parameters<typeof buildRepo>[1]): { repo: string; cacheDir: string } {
  const repo = buildRepo(tempDir('cache-repo'), steps);
  const cacheDir = tempDir('cache-dir');
  cleanup.push(repo, cacheDir);
  return { repo, cacheDir };
}

const CASES = [
  {
    name: 'history fixture (renames, a merge, a deleted and re-created file)',
    steps: HISTORY_FIXTURE_STEPS,
    change: commit('2025-01-05', {
      write: { 'src/core/a.ts': ['a1', 'A2', 'a9'], 'src/new.ts': ["import './core/a';", 'export const n = 1;'] },
      rename: [['src/lib/b.ts', 'src/lib/b2.ts']],
    }),
    // the new file's one import; the fixture had none
    lookups: { resolved: 1, remembered: 0 },
  },
  {
    name: 'risk fixture (hubs, features, an agent)',
    steps: RISK_FIXTURE_STEPS,
    change: commit('2025-06-01', {
      write: { 'src/core/owned-hub.ts': ['export function format(s: string): string {', '  return s;', '}'], 'src/features/feature-7.ts': ["import { parse } from '../core/unowned-hub';", 'export const f7 = parse;'] },
      rename: [['src/legacy/unowned-leaf.ts', 'src/legacy/leaf.ts']],
    }),
    // feature-7's one lookup is new; the other 18 found their file at the first place they looked,
    // and no file they found went away
    lookups: { resolved: 1, remembered: 18 },
  },
];

describe.each(CASES)('$name', ({ steps, change, lookups }) => {
  it('a warm run with nothing new gives the byte-identical report, parsing, resolving and computing nothing', async () => {
    const { repo, cacheDir } = fixture(steps);
    const cold = await run(repo, cacheDir);
    expect(cold.history).toMatchObject({ mode: 'cold' });
    expect(cold.graph).toMatchObject({ reused: 0, remembered: 0 });
    expect(cold.metrics).toEqual({ stage: 'metrics', reused: false });
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe(cold.json);
    expect(warm.history).toMatchObject({ mode: 'incremental', commitsRead: 0 });
    // (files written less than two seconds ago are read again: test/cache/file-stamps.test.ts)
    expect(warm.graph).toMatchObject({ parsed: 0, reused: cold.graph?.parsed, resolved: 0, remembered: cold.graph?.resolved });
    expect(warm.metrics).toEqual({ stage: 'metrics', reused: true });
  });

  it('after one commit (modify, add, rename) the incremental report equals a cold one; only changed files are parsed', async () => {
    const { repo, cacheDir } = fixture(steps);
    await run(repo, cacheDir);
    addCommits(repo, [change]);
    const warm = await run(repo, cacheDir);
    const cold = await run(repo, null);
    expect(warm.report).toEqual(cold.report);
    expect(warm.json).toBe(cold.json);
    expect(warm.history).toMatchObject({ mode: 'incremental', commitsRead: 1 });
    // modified, added, renamed (a parse depends on the file's name)
    expect(warm.graph?.parsed).toBe(3);
    expect(warm.graph).toMatchObject(lookups);
    expect(warm.metrics?.reused).toBe(false);
  });
});
