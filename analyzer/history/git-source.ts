/**
 * Everything the history stage asks of git, behind one small interface so the aggregation can be
 * tested with canned log text and the real repository is touched in one place only.
 */
export type RepoState = 'ok' | 'not-a-repo' | 'no-commits';

export interface RepoProbe {
  state: RepoState;
  /** git's own words when the state is not ok */
  message: string | null;
  head: string | null;
  branch: string | null;
  shallow: boolean;
  /** HEAD's committer date, unix seconds */
  headTime: number | null;
  /** the analyzed directory relative to the work-tree root: '' or 'sub/dir/' */
  prefix: string;
}

export interface LogOutcome {
  complete: boolean;
  /** why the stream stopped early (git's message, a timeout) */
  reason: string | null;
}

export interface GitSource {
  probe(): Promise<RepoProbe>;
  /** files at HEAD and in the index, as `git ls-files -z` prints them in the analyzed directory */
  listFiles(): Promise<string[]>;
  /** streams `git log` (see log-format.ts) into onChunk, only `base..HEAD` when given; never rejects */
  readLog(onChunk: (chunk: Buffer) => void, base?: string): Promise<LogOutcome>;
}
