import type { FileChange } from '../history/commit-record.js';
import type { HistoryModel } from '../history/model.js';
import { RenameTracker } from '../history/rename-tracker.js';

/** What the window figures need of one commit of a point's log. */
export interface WindowCommit {
  /** author date, unix seconds */
  authorTime: number;
  ai: boolean;
  changes: readonly FileChange[];
}

interface WindowCounts {
  commits: number;
  aiCommits: number;
  linesAdded: number;
  linesDeleted: number;
  aiLinesAdded: number;
}

/**
 * The window figures of each file (commits, AI commits and lines changed since `since`), counted
 * as history/accumulator.ts counts them when a run is given `--since`: a commit is in the window
 * by its author date, and its changes are followed through the renames of every commit walked
 * before it. `walk` is the point's log in git log's order (newest first); the walk stops after its
 * last commit in the window, since nothing older changes a window figure. The trend's history chain
 * counts no window (its points' windows differ), so a point's model gets these figures here.
 */
export function windowCounts(walk: Iterable<WindowCommit>, since: number, headFiles: ReadonlyMap<string, string>, lastInWindow: number): Map<string, WindowCounts> {
  const counts = new Map<string, WindowCounts>();
  const renames = new RenameTracker(new Set(headFiles.keys()));
  let index = 0;
  for (const commit of walk) {
    if (index > lastInWindow) break;
    index += 1;
    const inWindow = commit.authorTime >= since;
    const current = renames.resolveCommit(commit.changes);
    if (!inWindow) continue;
    const touched = new Set<string>();
    commit.changes.forEach((change, i) => {
      const headPath = current[i];
      const key = headPath === null || headPath === undefined ? undefined : headFiles.get(headPath);
      if (key === undefined) return;
      let c = counts.get(key);
      if (c === undefined) counts.set(key, (c = { commits: 0, aiCommits: 0, linesAdded: 0, linesDeleted: 0, aiLinesAdded: 0 }));
      c.linesAdded += change.added;
      c.linesDeleted += change.deleted;
      if (commit.ai) c.aiLinesAdded += change.added;
      // the same commit touching the file under two paths counts once
      if (touched.has(key)) return;
      touched.add(key);
      c.commits += 1;
      if (commit.ai) c.aiCommits += 1;
    });
  }
  return counts;
}

/** The model with each file's window figures set from `counts` (files not counted: none in the window). */
export function withWindow(model: HistoryModel, counts: ReadonlyMap<string, WindowCounts>): HistoryModel {
  const files = new Map(model.files);
  for (const [key, file] of files) {
    const c = counts.get(key);
    files.set(key, { ...file, commits: c?.commits ?? 0, aiCommits: c?.aiCommits ?? 0, linesAdded: c?.linesAdded ?? 0, linesDeleted: c?.linesDeleted ?? 0, aiLinesAdded: c?.aiLinesAdded ?? 0 });
  }
  return { ...model, files };
}
