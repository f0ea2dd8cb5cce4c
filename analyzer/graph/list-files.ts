import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gitOk } from '../core/git.js';

export interface TrackedFile {
  path: string;
  symlink: boolean;
}

export interface FileListing {
  /** every file git tracks under the directory (or every file found when not a repo) */
  files: TrackedFile[];
  /** tracked files that match .gitignore rules */
  ignored: Set<string>;
  fromGit: boolean;
}

/**
 * `git ls-files --stage` gives every tracked path with its mode, so tracked symlinks are known
 * without touching the working tree. Paths are relative to `dir`, as git lists them there.
 */
export async function listGitFiles(dir: string): Promise<FileListing> {
  const staged = await gitOk(dir, ['ls-files', '-z', '--stage', '--', '.']);
  const files: TrackedFile[] = [];
  const seen = new Set<string>();
  for (const record of staged.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const mode = record.slice(0, 6);
    const path = record.slice(tab + 1);
    if (mode === '160000' || seen.has(path)) continue; // submodule gitlink; unmerged stages repeat a path
    seen.add(path);
    files.push({ path, symlink: mode === '120000' });
  }
  const ignoredOut = await gitOk(dir, ['ls-files', '-z', '--cached', '--ignored', '--exclude-standard', '--', '.']);
  const ignored = new Set(ignoredOut.toString('utf8').split('\0').filter(Boolean));
  return { files, ignored, fromGit: true };
}

const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

/** Without git: every file below `dir`, never following links. */
export function walkFiles(dir: string): FileListing {
  const files: TrackedFile[] = [];
  const stack = [''];
  while (stack.length > 0) {
    const rel = stack.pop() as string;
    let entries;
    try {
      entries = readdirSync(join(dir, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isSymbolicLink()) files.push({ path, symlink: true });
      else if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) stack.push(path);
      } else if (entry.isFile()) files.push({ path, symlink: false });
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, ignored: new Set(), fromGit: false };
}

export function isSymlinkOnDisk(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}
