/**
 * What the extraction stages may remember between runs, as they see it: values under keys they
 * choose. Where and how it is stored (and whether it can be trusted) is analyzer/cache's business;
 * a stage only ever gets back what a run of the same blastmap version stored.
 */
export interface KeyedCache {
  /** the value an earlier run stored under `key`, or undefined */
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  /** reads what is stored now, rather than on the first get */
  prepare?(): void;
}

/**
 * The one value a stage keeps from its last run (a memo of work it can redo), which the stage
 * checks against its own key before using it.
 */
export interface StageMemo {
  /** what the last run saved, or undefined */
  load(): unknown;
  save(value: unknown): void;
}

/** History snapshots of one repository under one set of history options, one per HEAD. */
export interface HistoryStore {
  /** commits with a stored snapshot, most recently used first */
  heads(): Promise<string[]>;
  /** the snapshot stored at `head`, or null when it is missing or unreadable */
  load(head: string): Promise<unknown>;
  save(head: string, snapshot: unknown): Promise<void>;
}

/** What a run read from the cache, so a caller (a test, the CLI) can tell a warm run from a cold one. */
export type CacheEvent =
  | { stage: 'graph'; read: number; parsed: number; reused: number; resolved: number; remembered: number }
  | { stage: 'metrics'; reused: boolean }
  | { stage: 'history'; mode: 'cold' | 'incremental'; commitsRead: number; base: string | null; reason: string | null };
