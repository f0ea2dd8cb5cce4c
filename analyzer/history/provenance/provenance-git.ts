/**
 * Everything line-level provenance asks of git, behind one small interface (as git-source.ts is
 * for the log), so parsing, mapping and every hostile case can be tested with canned output.
 */
export interface TraceBlob {
  /** blob id of .agent-trace/traces.jsonl at HEAD */
  id: string;
  size: number;
}

/** The one cheap check: it decides whether anything else runs. */
export interface Detection {
  /** `refs/notes/ai` and any `refs/notes/ai-s/*`, as for-each-ref names them */
  noteRefs: string[];
  traceFile: TraceBlob | null;
}

export interface RepoLayout {
  /** the analyzed directory relative to the work-tree root: '' or 'sub/dir/' */
  prefix: string;
  /** why `git blame` must not run here (the repository's blame config), or null */
  blameBlocked: string | null;
}

/** One entry of a notes tree: the annotated object and the note's blob. */
export interface NoteEntry {
  object: string;
  blob: string;
  size: number;
}

export type ObjectInfo = { kind: 'blob'; size: number } | { kind: 'other' } | { kind: 'missing' };

export interface ReadOutcome {
  complete: boolean;
  /** why reading stopped early (git's message, a timeout) */
  reason: string | null;
}

export type BlameResult = { ok: true; porcelain: string } | { ok: false; reason: string };

export interface ProvenanceGit {
  detect(): Promise<Detection>;
  layout(): Promise<RepoLayout>;
  /** every note in a notes ref (fan-out paths joined back into object ids) */
  listNotes(ref: string): Promise<NoteEntry[]>;
  /** the blobs' bytes, one call per blob in the order given; never rejects */
  readBlobs(ids: readonly string[], onBlob: (id: string, bytes: Buffer) => void): Promise<ReadOutcome>;
  /** one blob as a stream of chunks (traces.jsonl can be large); never rejects */
  streamBlob(id: string, onChunk: (chunk: Buffer) => void): Promise<ReadOutcome>;
  /** type and size of `<rev>:<path>` specs; a spec git cannot find is missing */
  objectInfo(specs: readonly string[]): Promise<Map<string, ObjectInfo>>;
  /** line count of each `<commit>:<path>` spec's blob; null when there is no such blob */
  lineCounts(specs: readonly string[]): Promise<Map<string, number | null>>;
  /** `git blame --porcelain` of a path (relative to the analyzed directory) at a commit */
  blame(commit: string, path: string): Promise<BlameResult>;
}
