import { isUtf8 } from 'node:buffer';
import { readdirSync, type Dirent } from 'node:fs';
import { compareText } from '../core/compare-text.js';
import { gitOk } from '../core/git.js';

export interface TrackedFile {
  path: string;
  symlink: boolean;
  /** the name's bytes are not UTF-8: `path` has U+FFFD for them and cannot open the file */
  nameNotUtf8?: boolean;
}

export interface FileListing {
  /** every file git tracks under the directory (or every file found when not a repo) */
  files: TrackedFile[];
  /** tracked files that match .gitignore rules */
  ignored: Set<string>;
  /** submodule paths (gitlinks): another repository's files, not listed here */
  submodules: string[];
}

/**
 * `git ls-files --stage` gives every tracked path with its mode, so tracked symlinks are known
 * without touching the working tree. Paths are relative to `dir`, as git lists them there.
 */
export async function listGitFiles(dir: string): Promise<FileListing> {
  const [staged, ignoredOut] = await Promise.all([
    gitOk(dir, ['ls-files', '-z', '--stage', '--', '.']),
    gitOk(dir, ['ls-files', '-z', '-c', '--ignored', '--exclude-standard', '--', '.']),
  ]);
  const files: TrackedFile[] = [];
  const seen = new Set<string>();
  const submodules: string[] = [];
  for (const record of splitRecords(staged)) {
    const tab = record.indexOf(0x09);
    if (tab < 0) continue;
    const mode = record.toString('latin1', 0, 6);
    const raw = record.subarray(tab + 1);
    // keyed by the raw bytes: two names that differ only in non-UTF-8 bytes are two files
    const key = raw.toString('latin1');
    if (seen.has(key)) continue; // unmerged stages repeat a path
    seen.add(key);
    if (mode === '160000') {
      submodules.push(raw.toString('utf8'));
      continue;
    }
    files.push(trackedFile(raw, mode === '120000'));
  }
  const ignored = new Set(ignoredOut.toString('utf8').split('\0').filter(Boolean));
  return { files, ignored, submodules };
}

function splitRecords(buffer: Buffer): Buffer[] {
  const records: Buffer[] = [];
  for (let start = 0; start < buffer.length; ) {
    const end = buffer.indexOf(0, start);
    const stop = end < 0 ? buffer.length : end;
    if (stop > start) records.push(buffer.subarray(start, stop));
    start = stop + 1;
  }
  return records;
}

function trackedFile(raw: Buffer, symlink: boolean): TrackedFile {
  const file: TrackedFile = { path: raw.toString('utf8'), symlink };
  if (!isUtf8(raw)) file.nameNotUtf8 = true;
  return file;
}

const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);
const SLASH = Buffer.from('/');

/** Without git: every file below `dir`, never following links. Names are walked as raw bytes. */
export function walkFiles(dir: string): FileListing {
  const files: TrackedFile[] = [];
  const base = Buffer.from(dir);
  const stack: Buffer[] = [Buffer.alloc(0)];
  while (stack.length > 0) {
    const rel = stack.pop() as Buffer;
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(rel.length === 0 ? base : Buffer.concat([base, SLASH, rel]), { withFileTypes: true, encoding: 'buffer' });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const raw = rel.length === 0 ? entry.name : Buffer.concat([rel, SLASH, entry.name]);
      if (entry.isSymbolicLink()) files.push(trackedFile(raw, true));
      else if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name.toString('utf8'))) stack.push(raw);
      } else if (entry.isFile()) files.push(trackedFile(raw, false));
    }
  }
  files.sort((a, b) => compareText(a.path, b.path));
  return { files, ignored: new Set(), submodules: [] };
}
