import type { HistoryAccumulator } from '../../history/accumulator.js';
import { FILE_COUNTERS, type FileCounters, type FileState, type PersonState } from '../../history/accumulator-state.js';

/**
 * The accumulator at HEAD as plain JSON: everything a later run needs to read only the commits
 * after this HEAD and merge (absorb.ts). Nothing here depends on "now": activity is worked out at
 * finalize from the stored dates.
 */
export interface HistorySnapshot {
  head: string;
  /** resume-git.ts configId(): the snapshot is only valid while it is unchanged */
  gitConfig: string;
  people: PersonState[];
  /** every file at HEAD, in the order the run listed them */
  files: SnapshotFile[];
  /** [month, commits, aiCommits] */
  months: [string, number, number][];
  aiRuleCounts: Record<string, number>;
  aiRuleMatches: Record<string, number>;
  commitsRead: number;
  commitsInWindow: number;
  aiCommitsInWindow: number;
  firstInWindow: number | null;
  lastInWindow: number | null;
  /** each window commit's files as indexes into `files`, newest commit first */
  touches: number[][];
  /** paths of changes that belonged to no file at HEAD */
  unowned: string[];
}

export interface SnapshotFile extends FileCounters {
  headPath: string;
  paths: string[];
  /** [index into people, commits, index, commits, ...] */
  byPerson: number[];
  /** index into people, or -1 */
  creator: number;
  /** indexes into people: everyone who added the file */
  adders: number[];
  lastChange: number | null;
  lastHumanChange: number | null;
}

function countersOf(file: FileCounters): FileCounters {
  const counters = {} as FileCounters;
  for (const counter of FILE_COUNTERS) counters[counter] = file[counter];
  return counters;
}

function snapshotFile(file: FileState, personIndex: ReadonlyMap<string, number>): SnapshotFile {
  const index = (key: string): number => personIndex.get(key) as number;
  return {
    headPath: file.headPath,
    paths: [...file.paths],
    ...countersOf(file),
    byPerson: [...file.commitsByPerson].flatMap(([key, commits]) => [index(key), commits]),
    creator: file.creator === null ? -1 : index(file.creator),
    adders: [...file.adders].map(index),
    lastChange: file.lastChange,
    lastHumanChange: file.lastHumanChange,
  };
}

/** Only from a resumable accumulator whose log was read completely. */
export function takeSnapshot(acc: HistoryAccumulator, head: string, gitConfig: string): HistorySnapshot {
  const people = [...acc.people.values()];
  const personIndex = new Map(people.map((person, i) => [person.key, i]));
  const fileIndex = new Map([...acc.files.keys()].map((key, i) => [key, i]));
  return {
    head,
    gitConfig,
    people,
    files: [...acc.files.values()].map((file) => snapshotFile(file, personIndex)),
    months: [...acc.months].map(([month, count]) => [month, count.commits, count.aiCommits]),
    aiRuleCounts: acc.aiRuleCounts,
    aiRuleMatches: acc.aiRuleMatches,
    commitsRead: acc.commitsRead,
    commitsInWindow: acc.commitsInWindow,
    aiCommitsInWindow: acc.aiCommitsInWindow,
    firstInWindow: acc.firstInWindow,
    lastInWindow: acc.lastInWindow,
    touches: acc.touches.map((keys) => keys.map((key) => fileIndex.get(key) as number)),
    unowned: [...acc.unowned],
  };
}

/**
 * The store only returns what this blastmap version wrote, checksummed; this checks the shape
 * once more so a snapshot from a bug or a hand edit is dropped rather than half-merged.
 */
export function readSnapshot(value: unknown): HistorySnapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const s = value as Partial<HistorySnapshot>;
  const arrays = [s.people, s.files, s.months, s.touches, s.unowned].every(Array.isArray);
  // a snapshot of an older shape (before first authorship and merged names were kept) is dropped
  const shaped = arrays && (s.files as unknown[]).every((f) => Array.isArray((f as Partial<SnapshotFile>).adders))
    && (s.people as unknown[]).every((p) => Array.isArray((p as Partial<PersonState>).names) && Array.isArray((p as Partial<PersonState>).mailmapped))
    // touches are replayed after the model is handed on (absorb.ts), where a failure could no longer fall back to the whole log
    && (s.touches as unknown[]).every(Array.isArray);
  const numbers = [s.commitsRead, s.commitsInWindow, s.aiCommitsInWindow].every((n) => typeof n === 'number');
  const records = [s.aiRuleCounts, s.aiRuleMatches].every((r) => typeof r === 'object' && r !== null);
  return typeof s.head === 'string' && typeof s.gitConfig === 'string' && shaped && numbers && records ? (s as HistorySnapshot) : null;
}
