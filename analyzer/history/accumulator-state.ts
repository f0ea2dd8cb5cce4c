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
  /** non-merge commits that changed the file without adding or deleting it, by anyone: DOA's changes */
  changes: number;
}

export const FILE_COUNTERS = ['commits', 'linesAdded', 'linesDeleted', 'aiCommits', 'aiLinesAdded', 'totalCommits', 'changes'] as const satisfies readonly (keyof FileCounters)[];

/** What is kept per file while the log streams by: a few counters and one entry per contributor. */
export interface FileState extends FileCounters {
  path: string;
  /** the path at HEAD relative to the work-tree root, as history names it */
  headPath: string;
  /** every name the file had in the commits read, newest first, HEAD's included (so a later rename can re-key it) */
  paths: Set<string>;
  /** per person, their commits that changed the file without adding or deleting it (DOA's deliveries) */
  commitsByPerson: Map<string, number>;
  /** whoever made the oldest commit that added the file (renames followed) */
  creator: string | null;
  /** everyone who made a commit that added the file: the creator, and whoever added it again after a deletion (DOA's first authorship) */
  adders: Set<string>;
  lastChange: number | null;
  lastHumanChange: number | null;
}

export interface PersonState {
  key: string;
  name: string;
  email: string;
  kind: AuthorKind;
  tool: string | null;
  /** every name this address committed under (the ` (aider)` suffix dropped), newest first: what same-name merging compares */
  names: string[];
  /** the identities as recorded, before .mailmap, when .mailmap changed them: `name\0email`, newest first */
  mailmapped: string[];
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
    changes: 0,
    commitsByPerson: new Map(),
    creator: null,
    adders: new Set(),
    lastChange: null,
    lastHumanChange: null,
  };
}
