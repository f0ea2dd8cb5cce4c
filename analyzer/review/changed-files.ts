import { compareText } from '../core/compare-text.js';
import { gitOk } from '../core/git.js';
import { sourceExtension } from '../graph/source-extensions.js';
import type { ReviewRange } from './git-range.js';

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed';

/** One TS/JS file of the change (report contract, "Reviewing a change"). */
export interface ChangedFile {
  path: string;
  status: ChangeStatus;
  /** the old path of a rename, else null */
  from: string | null;
}

const isSource = (path: string): boolean => sourceExtension(path) !== null;

/**
 * `git diff --name-status -M -z` of merge-base..head, paths relative to the analyzed folder
 * (`--relative`), as a pull request lists the change. A rename between a TS/JS name and another
 * kind of file is the TS/JS side added or deleted; a copy is an addition; a type change a modification.
 */
export async function changedFiles(dir: string, range: Pick<ReviewRange, 'mergeBase' | 'head'>): Promise<ChangedFile[]> {
  const out = await gitOk(dir, ['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', '--relative', '--end-of-options', range.mergeBase, range.head, '--'], { timeoutMs: 600_000 });
  return parseNameStatus(out.toString('utf8'));
}

export function parseNameStatus(text: string): ChangedFile[] {
  const parts = text.split('\0');
  const changed: ChangedFile[] = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++] ?? '';
    if (status.length === 0) continue;
    const code = status[0];
    if (code === 'R' || code === 'C') {
      const from = parts[i++] ?? '';
      const to = parts[i++] ?? '';
      if (code === 'C') {
        if (isSource(to)) changed.push({ path: to, status: 'added', from: null });
      } else if (isSource(from) && isSource(to)) changed.push({ path: to, status: 'renamed', from });
      else if (isSource(to)) changed.push({ path: to, status: 'added', from: null });
      else if (isSource(from)) changed.push({ path: from, status: 'deleted', from: null });
      continue;
    }
    const path = parts[i++] ?? '';
    if (!isSource(path)) continue;
    if (code === 'A') changed.push({ path, status: 'added', from: null });
    else if (code === 'D') changed.push({ path, status: 'deleted', from: null });
    else changed.push({ path, status: 'modified', from: null });
  }
  return changed.sort((a, b) => compareText(a.path, b.path) || compareText(a.status, b.status));
}
