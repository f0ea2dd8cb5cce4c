import type { AuthorKind } from './model.js';

/** A file's counters: two runs over consecutive stretches of history add up to one over both. */
export interface FileCounters {
  // in the --since window
  commits: number;
  linesAdded: number;
  linesDeleted: number;
  aiCommits: number;
  aiLinesAdded: number;
  // whole history (authorship)
  totalCommits: number;
}

export const FILE_COUNTERS = ['commits', 'linesAdded', 'linesDeleted', 'aiCommits', 'aiLinesAdded', 'totalCommits'] as const satisfies readonly (keyof FileCounters)[];

/** What is kept per file while the log streams by: a few counters and one entry per contributor. */
export interface FileState extends FileCounters {
  path: string;
  /** the path at HEAD relative to the work-tree root, as history names it */
  headPath: string;
  /** every name the file had in the commits read, newest first, HEAD's included (so a later rename can re-key it) */
  paths: Set<string>;
  commitsByPerson: Map<string, number>;
  creator: string | null;
  lastChange: number | null;
  lastHumanChange: number | null;
}

export interface PersonState {
  key: string;
  name: string;
  email: string;
  kind: AuthorKind;
  tool: string | null;
  commits: number;
  aiCommits: number;
  /** author dates, unix seconds */
  first: number;
  last: number;
}

export interface MonthCount {
  commits: number;
  aiCommits: number;
}

export function emptyFileState(path: string, headPath: string): FileState {
  return {
    path,
    headPath,
    paths: new Set(),
    commits: 0,
    linesAdded: 0,
    linesDeleted: 0,
    aiCommits: 0,
    aiLinesAdded: 0,
    totalCommits: 0,
    commitsByPerson: new Map(),
    creator: null,
    lastChange: null,
    lastHumanChange: null,
  };
}
