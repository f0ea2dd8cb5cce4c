import { isUtf8 } from 'node:buffer';
import { compareText } from '../core/compare-text.js';
import { gitOk, runGit, streamGitBounded } from '../core/git.js';
import type { FileListing, TrackedFile } from '../graph/list-files.js';

/** One entry of a commit's tree below the analyzed folder. */
export interface TreeEntry {
  path: string;
  mode: string;
  oid: string;
  nameNotUtf8: boolean;
}

/**
 * `git ls-tree -r -z <commit> -- .` from the analyzed folder: every file of the commit below it,
 * named relative to it as `git ls-files` names the work tree's (the graph's keys).
 */
export async function listTree(dir: string, commit: string): Promise<{ entries: TreeEntry[]; submodules: string[] }> {
  const out = await gitOk(dir, ['ls-tree', '-r', '-z', '--end-of-options', commit, '--', '.'], { timeoutMs: 600_000 });
  const entries: TreeEntry[] = [];
  const submodules: string[] = [];
  for (let start = 0; start < out.length; ) {
    let end = out.indexOf(0, start);
    if (end < 0) end = out.length;
    const record = out.subarray(start, end);
    start = end + 1;
    const tab = record.indexOf(0x09);
    if (tab < 0) continue;
    const [mode = '', type = '', oid = ''] = record.toString('latin1', 0, tab).split(' ');
    const raw = record.subarray(tab + 1);
    if (type === 'commit') {
      submodules.push(raw.toString('utf8'));
      continue;
    }
    if (type !== 'blob') continue;
    entries.push({ path: raw.toString('utf8'), mode, oid, nameNotUtf8: !isUtf8(raw) });
  }
  entries.sort((a, b) => compareText(a.path, b.path));
  return { entries, submodules };
}

/** The tree as discovery's listing: tracked files, symlinks by mode, and which of them .gitignore matches. */
export async function treeListing(dir: string, tree: { entries: TreeEntry[]; submodules: string[] }): Promise<FileListing> {
  const files: TrackedFile[] = tree.entries.map((e) => (e.nameNotUtf8 ? { path: e.path, symlink: e.mode === '120000', nameNotUtf8: true } : { path: e.path, symlink: e.mode === '120000' }));
  // the ignore rules are the work tree's: a change to .gitignore itself is read as of head
  const ignored = new Set<string>();
  if (files.length > 0) {
    const result = await runGit(dir, ['check-ignore', '-z', '--no-index', '--stdin'], { input: files.map((f) => f.path).join('\0') + '\0' });
    if (result.exitCode === 0) for (const path of result.stdout.toString('utf8').split('\0')) if (path) ignored.add(path);
  }
  return { files, ignored, submodules: tree.submodules };
}

/**
 * Reads blobs through one `git cat-file --batch` (no filter, no textconv runs for it), handing
 * each object's bytes to `take` in the order asked. An object git does not have (a damaged clone,
 * or a partial one that cannot fetch) stops the read unless `missing` is given: a base graph
 * without that file would be wrong without saying so.
 */
export async function readBlobs(dir: string, oids: readonly string[], take: (index: number, bytes: Buffer) => void, missing?: (index: number) => void): Promise<void> {
  if (oids.length === 0) return;
  let pending: Buffer = Buffer.alloc(0);
  let index = 0;
  let need: number | null = null;
  const outcome = await streamGitBounded(dir, ['cat-file', '--batch'], { idleMs: 120_000, totalMs: 1_800_000 }, (chunk) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (;;) {
      if (need === null) {
        const newline = pending.indexOf(0x0a);
        if (newline < 0) return;
        const header = pending.toString('latin1', 0, newline);
        pending = pending.subarray(newline + 1);
        if (header.endsWith(' missing')) {
          if (missing === undefined) throw new Error(`the repository lacks the object ${header.split(' ')[0] ?? ''} of the base tree (a damaged or partial clone; git fsck lists what is missing)`);
          missing(index);
          index += 1;
          continue;
        }
        need = Number(header.split(' ')[2]);
        if (!Number.isSafeInteger(need)) throw new Error(`cat-file gave an unexpected header: ${header.slice(0, 80)}`);
      }
      if (pending.length < need + 1) return;
      take(index, Buffer.from(pending.subarray(0, need)));
      pending = pending.subarray(need + 1);
      index += 1;
      need = null;
    }
  }, oids.join('\n') + '\n');
  if (!outcome.complete) throw new Error(`reading the commit's files failed: ${outcome.reason ?? 'git cat-file stopped'}`);
}
