import { describe, expect, it } from 'vitest';
import { buildRenamesFixture, MASS_RENAME_COUNT } from '../../scripts/fixtures/hostile/renames.js';
import { analyzedOnce } from './support/analyzed-once.js';
import { testGit } from './support/test-git.js';

const fixture = analyzedOnce('renames', (b) => buildRenamesFixture(b.repo), { timeoutMs: 60_000 }, 120_000);
const { box } = fixture;

const commitsOf = (path: string): number | undefined => fixture.report.modules.find((m) => m.path === path)?.history?.commits;
/** git's own answer, as the oracle: non-merge commits touching the file, renames followed. */
const gitFollow = (path: string): number => testGit(box.repo, ['log', '--follow', '--no-merges', '--format=%H', '--', path]).toString().trim().split('\n').length;

describe('renames and merges', () => {
  it('follows a chain of renames back to the file’s creation', () => {
    expect(commitsOf('chain/d.ts')).toBe(gitFollow('chain/d.ts'));
    expect(commitsOf('chain/d.ts')).toBe(4);
  });

  it('follows every one of 3,000 files renamed in one commit', () => {
    const moved = fixture.report.modules.filter((m) => m.path.startsWith('new/'));
    expect(moved).toHaveLength(MASS_RENAME_COUNT);
    const expected = gitFollow('new/m0000.ts');
    expect(expected).toBe(2);
    expect(moved.filter((m) => m.history?.commits !== expected).map((m) => m.path)).toEqual([]);
    expect(fixture.report.modules.some((m) => m.path.startsWith('old/'))).toBe(false);
  });

  it('counts both sides of a merge once each, and not the merge itself', () => {
    expect(commitsOf('merged.ts')).toBe(gitFollow('merged.ts'));
    expect(commitsOf('merged.ts')).toBe(3);
  });
});
