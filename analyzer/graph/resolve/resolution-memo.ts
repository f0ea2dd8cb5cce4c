import { createHash } from 'node:crypto';
import type { AnalyzerWarning } from '../../core/warnings.js';
import type { TrackedFile } from '../list-files.js';
import type { DiskJournal } from './disk-cache.js';
import type { Resolution } from './module-resolver.js';
import { typescriptVersion } from './typescript-version.js';

/**
 * What one run resolved, for the next: valid while the key (TypeScript's version, the file tree,
 * the symlink aliases, which files are modules and which are left out) is the same and the disk
 * answers every question in `disk` as it did.
 */
export interface ResolutionMemo {
  key: string;
  disk: DiskJournal;
  /** warnings from reading tsconfigs and workspace manifests: fixed by the key and the disk */
  setupWarnings: AnalyzerWarning[];
  /** per module, its `${kind}:${specifier}` lookups */
  byFile: [string, [string, Resolution][]][];
}

export interface MemoKeyInput {
  root: string;
  files: readonly TrackedFile[];
  aliases: Map<string, string>;
  modules: Iterable<string>;
  excluded: Iterable<string>;
}

export function resolutionKey({ root, files, aliases, modules, excluded }: MemoKeyInput): string {
  const hash = createHash('sha1').update(`${typescriptVersion()}\0${root}\0`);
  for (const file of files) hash.update(`${file.symlink ? 'l' : 'f'}${file.path}\0`);
  hash.update('\x01');
  for (const [link, target] of aliases) hash.update(`${link}\0${target}\0`);
  hash.update('\x01');
  for (const path of [...modules].sort()) hash.update(`${path}\0`);
  hash.update('\x01');
  for (const path of [...excluded].sort()) hash.update(`${path}\0`);
  return hash.digest('hex');
}

/** The stored memo when it has the expected shape and key; its disk answers are checked by the caller. */
export function memoFor(stored: unknown, key: string): ResolutionMemo | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const memo = stored as Partial<ResolutionMemo>;
  if (memo.key !== key || !Array.isArray(memo.byFile) || !Array.isArray(memo.setupWarnings)) return null;
  const disk = memo.disk as Partial<DiskJournal> | undefined;
  if (!disk || ![disk.kinds, disk.texts, disk.realpaths, disk.entries].every(Array.isArray)) return null;
  return memo as ResolutionMemo;
}
