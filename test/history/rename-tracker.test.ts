import { describe, expect, it } from 'vitest';
import type { FileChange } from '../../analyzer/history/commit-record.js';
import { RenameTracker } from '../../analyzer/history/rename-tracker.js';

const change = (status: string, path: string, fromPath: string | null = null): FileChange => ({ status, path, fromPath, added: 0, deleted: 0, binary: false });

describe('RenameTracker (newest commit first)', () => {
  it('follows a chain of renames back to the first name', () => {
    const t = new RenameTracker(new Set(['c.ts']));
    expect(t.resolveCommit([change('R', 'c.ts', 'b.ts')])).toEqual(['c.ts']);
    expect(t.resolveCommit([change('R', 'b.ts', 'a.ts')])).toEqual(['c.ts']);
    expect(t.resolveCommit([change('M', 'a.ts')])).toEqual(['c.ts']);
    expect(t.resolveCommit([change('A', 'a.ts')])).toEqual(['c.ts']);
    // deleted and added again at the same path: still the same file, as git log -- a.ts sees it
    expect(t.resolveCommit([change('D', 'a.ts')])).toEqual(['c.ts']);
    expect(t.resolveCommit([change('A', 'a.ts')])).toEqual(['c.ts']);
  });

  it('keeps a file re-created at a former path apart from the renamed one', () => {
    const t = new RenameTracker(new Set(['a.ts', 'b.ts']));
    expect(t.resolveCommit([change('A', 'a.ts')])).toEqual(['a.ts']); // the new a.ts
    expect(t.resolveCommit([change('R', 'b.ts', 'a.ts')])).toEqual(['b.ts']);
    expect(t.resolveCommit([change('M', 'a.ts')])).toEqual(['b.ts']); // old a.ts is today's b.ts
  });

  it('resolves a commit that renames a→b and creates a new a against the state before it', () => {
    const t = new RenameTracker(new Set(['a.ts', 'b.ts']));
    expect(t.resolveCommit([change('R', 'b.ts', 'a.ts'), change('A', 'a.ts')])).toEqual(['b.ts', 'a.ts']);
    expect(t.resolveCommit([change('M', 'a.ts')])).toEqual(['b.ts']);
  });

  it('handles a swap a↔b in one commit', () => {
    const t = new RenameTracker(new Set(['a.ts', 'b.ts']));
    t.resolveCommit([change('R', 'b.ts', 'a.ts'), change('R', 'a.ts', 'b.ts')]);
    expect(t.resolveCommit([change('M', 'a.ts'), change('M', 'b.ts')])).toEqual(['b.ts', 'a.ts']);
  });

  it('gives the older life of a rename target to nobody', () => {
    const t = new RenameTracker(new Set(['b.ts']));
    t.resolveCommit([change('R', 'b.ts', 'a.ts')]);
    expect(t.resolveCommit([change('D', 'b.ts')])).toEqual([null]); // an older, deleted b.ts
    expect(t.resolveCommit([change('M', 'a.ts')])).toEqual(['b.ts']);
  });

  it('drops files deleted before HEAD', () => {
    const t = new RenameTracker(new Set(['keep.ts']));
    expect(t.resolveCommit([change('D', 'gone.ts'), change('M', 'keep.ts')])).toEqual([null, 'keep.ts']);
    expect(t.resolveCommit([change('R', 'gone.ts', 'older.ts')])).toEqual([null]);
    expect(t.resolveCommit([change('M', 'older.ts')])).toEqual([null]);
  });
});
