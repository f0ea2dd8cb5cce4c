import type { FileChange } from './commit-record.js';

/**
 * Maps a path as it appears in an older commit to the file's path at HEAD, walking history from
 * newest to oldest. A rename a→b means the older history of `a` is b's, and the older history of
 * `b` (before something was renamed onto it) is another file's. A path deleted and later added
 * again stays one file, as `git log -- <path>` and `--follow` see it (a revert of a revert), unless
 * a rename moved its older life elsewhere. Other paths map to themselves when they exist at HEAD.
 */
export class RenameTracker {
  /** older path → current path, or null when that older path's history is no file at HEAD */
  private readonly owner = new Map<string, string | null>();

  constructor(private readonly headPaths: ReadonlySet<string>) {}

  currentPathOf(path: string): string | null {
    const known = this.owner.get(path);
    if (known !== undefined) return known;
    return this.headPaths.has(path) ? path : null;
  }

  /**
   * Resolves every change of one commit against the state before it (so a commit that renames
   * a→b and creates a new `a` attributes each change correctly), then applies its renames for the
   * older commits still to come.
   */
  resolveCommit(changes: readonly FileChange[]): (string | null)[] {
    const resolved = changes.map((change) => this.currentPathOf(change.path));
    const renames = changes.flatMap((change, i) =>
      change.status === 'R' && change.fromPath !== null && change.fromPath !== change.path
        ? [{ from: change.fromPath, to: change.path, current: resolved[i] ?? null }]
        : [],
    );
    // rename targets first, sources last: a swap a↔b keeps both lines
    for (const rename of renames) this.owner.set(rename.to, null);
    for (const rename of renames) this.owner.set(rename.from, rename.current);
    return resolved;
  }
}
