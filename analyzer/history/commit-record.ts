/** One non-merge commit as read from `git log --raw --numstat -z`, before any aggregation. */
export interface FileChange {
  /** git's status letter: A, M, D, R, C, T, U, X */
  status: string;
  /** the path before a rename or copy, else null */
  fromPath: string | null;
  /** the path after the change (the deleted path for D) */
  path: string;
  added: number;
  deleted: number;
  binary: boolean;
}

export interface CommitRecord {
  sha: string;
  /** author date, unix seconds */
  authorTime: number;
  authorName: string;
  authorEmail: string;
  rawAuthorName: string;
  rawAuthorEmail: string;
  committerName: string;
  committerEmail: string;
  message: string;
  changes: FileChange[];
}
