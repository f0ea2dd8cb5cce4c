/**
 * How much of a repository's records is read. The records are untrusted: git packs notes as
 * deltas, so a small repository can hold notes that unpack to far more than it seems to, and a
 * traces.jsonl can be any size. Past a limit the rest is left unread, with a warning.
 */
export interface RecordLimits {
  /** one git-ai note; git-ai's notes backend accepts notes of at least 8 MB, the largest real one seen is 3 MB */
  noteBytes: number;
  /** all git-ai notes (git-ai's own repository: 10,685 notes, 556 MiB) */
  notesBytes: number;
  /** one line of traces.jsonl (a record is a few hundred bytes) */
  traceLineBytes: number;
  /** traces.jsonl (one append per edit: about a million records) */
  traceBytes: number;
}

export const DEFAULT_RECORD_LIMITS: RecordLimits = {
  noteBytes: 8 * 1024 * 1024,
  notesBytes: 2 * 1024 * 1024 * 1024,
  traceLineBytes: 1024 * 1024,
  traceBytes: 512 * 1024 * 1024,
};
