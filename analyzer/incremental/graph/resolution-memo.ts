import type { AnalyzerWarning } from '../../core/warnings.js';
import type { Resolution } from '../../graph/resolve/module-resolver.js';
import type { DiskJournal } from './disk-journal.js';

/** The repository as a run's lookups saw it: tracked files, tracked symlinks, modules, and source files left out. */
export interface MemoTree {
  files: string[];
  symlinks: string[];
  modules: string[];
  excluded: string[];
}

/**
 * What one run resolved, for the next: usable while the key (keys.ts resolutionKey: the compiler, the analyzed
 * folder, the symlink aliases) is the same and the disk answers every question in `disk` as it
 * did. Of its lookups, those that looked for a file that came or found one that went are redone
 * (as TypeScript's watch mode redoes a resolution when one of its failed lookup locations appears).
 */
export interface ResolutionMemo extends MemoTree {
  key: string;
  disk: DiskJournal;
  /** warnings from reading the workspace manifests: fixed by the key and the disk */
  workspaceWarnings: AnalyzerWarning[];
  /** each tsconfig read, by the name its warnings give it, and those warnings */
  configWarnings: [string, AnalyzerWarning[]][];
  configNames: string[];
  /** per module, the tsconfigs read to find the one that governs it (indexes into configNames) */
  configsOf: [string, number[]][];
  /** tracked paths whose presence the tsconfigs depend on (bases that `extends` names) */
  configInputs: string[];
  /** repo paths, referred to by index from each lookup */
  paths: string[];
  /**
   * per module, its `${kind}:${specifier}` lookups: the resolution, the files it looked for and
   * did not find, and the files it found
   */
  byFile: [string, [string, Resolution, number[], number[]][]][];
}

/** The stored memo when it has the expected shape and key; its disk answers are checked by the caller. */
export function memoFor(stored: unknown, key: string): ResolutionMemo | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const memo = stored as Partial<ResolutionMemo>;
  if (memo.key !== key) return null;
  const lists = [memo.byFile, memo.workspaceWarnings, memo.configWarnings, memo.configNames, memo.configsOf, memo.configInputs, memo.paths, memo.files, memo.symlinks, memo.modules, memo.excluded];
  if (!lists.every(Array.isArray)) return null;
  const disk = memo.disk as Partial<DiskJournal> | undefined;
  if (!disk || ![disk.kinds, disk.texts, disk.realpaths, disk.entries].every(Array.isArray)) return null;
  return memo as ResolutionMemo;
}

/** Paths that are in one tree and not the other, as tracked files, symlinks, modules or left-out files (a file turned link counts). */
export function treeChanges(before: MemoTree, now: MemoTree): string[] {
  const changed = new Set<string>();
  for (const field of ['files', 'symlinks', 'modules', 'excluded'] as const) {
    if (sameList(before[field], now[field])) continue;
    const old = new Set(before[field]);
    const current = new Set(now[field]);
    for (const path of old) if (!current.has(path)) changed.add(path);
    for (const path of current) if (!old.has(path)) changed.add(path);
  }
  return [...changed].sort();
}

/** Most runs list the same paths in the same order: then no sets are needed to compare them. */
function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const SETUP_FILES = new Set(['package.json', 'tsconfig.json', 'jsconfig.json', 'pnpm-workspace.yaml', 'lerna.json']);

/**
 * Changes that reach every lookup: a file the setup finds by its name (manifests, tsconfigs,
 * workspace lists), a base config some tsconfig names, or a file under node_modules.
 */
export function changesReachEverything(changed: readonly string[], configInputs: readonly string[]): boolean {
  const inputs = new Set(configInputs);
  return changed.some((path) => SETUP_FILES.has(path.slice(path.lastIndexOf('/') + 1)) || inputs.has(path) || /(^|\/)node_modules\//.test(path));
}

const STEM = /(\.d\.(ts|mts|cts)|\.[^./]+)$/;
const stemOf = (path: string): string => path.replace(STEM, '');
const folderOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

export interface Staleness {
  /** a lookup that looked for one of these paths, or found one, is redone */
  paths: Set<string>;
  /** every lookup of these modules is redone: one beside them has the same name (tsconfig `include` drops a.js for a.ts, which can change the tsconfig that governs it) */
  files: Set<string>;
}

export function staleness(changed: readonly string[], modules: Iterable<string>): Staleness {
  if (changed.length === 0) return { paths: new Set(), files: new Set() };
  const sibling = (path: string): string => `${folderOf(path)}/${stemOf(path.slice(path.lastIndexOf('/') + 1))}`;
  const siblings = new Set(changed.map(sibling));
  const files = new Set<string>();
  for (const path of modules) if (siblings.has(sibling(path))) files.add(path);
  return { paths: new Set(changed), files };
}
