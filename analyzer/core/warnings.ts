/** Why a file or import was skipped or half-read. Every tracked source file not in modules[] has one. */
export type WarningCode =
  | 'not-a-git-repo'
  | 'no-commits'
  | 'shallow-clone'
  | 'history-incomplete'
  // --now given earlier than commits the history counts
  | 'now-before-commits'
  | 'declaration-file'
  | 'vendored'
  | 'attributes-unreadable'
  | 'git-ignored'
  | 'generated'
  | 'minified'
  | 'size-cap'
  | 'binary'
  | 'unreadable'
  | 'file-name-not-utf8'
  | 'submodule'
  | 'symlink'
  | 'missing-from-worktree'
  | 'asset-import'
  | 'excluded-by-config'
  | 'parse-error'
  | 'parse-crash'
  | 'unresolved-import'
  | 'tsconfig-error'
  | 'workspace-error'
  | 'betweenness-sampled'
  | 'bad-marker-pattern'
  // the trend (analyzer/trend/)
  | 'trend-unavailable'
  | 'trend-areas-skipped'
  | 'trend-incomplete'
  // line-level AI provenance (history/provenance/): records the analyzed repository keeps
  | 'provenance-note-unreadable'
  | 'provenance-trace-unreadable'
  | 'provenance-bad-path'
  | 'provenance-record-mismatch'
  | 'provenance-blame-failed'
  | 'provenance-incomplete'
  // CODEOWNERS (graph/codeowners/): a line GitHub rejects or blastmap cannot read, a file GitHub ignores
  | 'codeowners-line'
  | 'codeowners-ignored'
  | 'codeowners-unreadable'
  | 'declared-owner-unknown'
  // the team's own ratings (.blastmap/familiarity.csv): history/familiarity-file.ts, score/familiarity.ts
  | 'familiarity-unreadable'
  | 'familiarity-bad-row'
  | 'familiarity-bad-date'
  | 'familiarity-bad-rating'
  | 'familiarity-unknown-person'
  | 'familiarity-unknown-area';

export interface AnalyzerWarning {
  code: WarningCode;
  path?: string;
  message: string;
}

/** Collects warnings from every stage; stages never print. */
export class WarningSink {
  readonly items: AnalyzerWarning[] = [];
  add(code: WarningCode, message: string, path?: string): void {
    this.items.push(path === undefined ? { code, message } : { code, path, message });
  }
}
