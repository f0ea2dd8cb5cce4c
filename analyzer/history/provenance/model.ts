/**
 * What line-level AI provenance hands to the later stages: per file at HEAD, how many of its
 * current lines an AI tool wrote, according to the repository's own records (git-ai notes or
 * Agent Trace records) mapped through `git blame`. Only files the records name are here.
 */
export type LineSource = 'git-ai' | 'agent-trace';

export interface LineShare {
  /** lines at HEAD whose last writing commit's record says an AI tool wrote them */
  aiLines: number;
  /** all lines of the file at HEAD */
  lines: number;
  /** which record kind decided (git-ai when both name the file) */
  source: LineSource;
}

export interface ProvenanceModel {
  /** refs/notes/ai or refs/notes/ai-s/* exist */
  gitAi: boolean;
  /** .agent-trace/traces.jsonl is tracked at HEAD */
  agentTrace: boolean;
  /** git-ai notes read (one per annotated commit) */
  notesRead: number;
  /** Agent Trace records read (one per usable line of traces.jsonl) */
  traceRecordsRead: number;
  /** files `git blame` ran on */
  filesBlamed: number;
  /** keyed like HistoryModel.files: the path under the analyzed directory */
  files: Map<string, LineShare>;
}

/** The model when the repository records nothing: the one cheap check found no notes and no traces. */
export function noProvenance(): ProvenanceModel {
  return { gitAi: false, agentTrace: false, notesRead: 0, traceRecordsRead: 0, filesBlamed: 0, files: new Map() };
}
