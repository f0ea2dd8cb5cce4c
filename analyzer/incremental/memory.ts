import { join } from 'node:path';
import { JournalStore } from './store/journal.js';

/** The kinds of remembered result, one journal file each (`<kind>.jsonl`). */
export type MemoKind = 'graph' | 'graph-key' | 'parses' | 'stamps' | 'resolutions' | 'symbols' | 'metrics';

/** How a value is kept as JSON, when it is not JSON already (Maps, typed arrays). */
export interface Codec<T> {
  encode(value: T): unknown;
  /** the value, or undefined when the stored one does not have the expected shape */
  decode(stored: unknown): T | undefined;
}

/**
 * Every result a run may take over from an earlier run, of one analyzed directory: values under
 * keys (keys.ts), by kind. `memoize` is the one way a stage's work is remembered; `recall` and
 * `keep` serve the one result that is reused in part (import resolutions, whose memo says
 * itself which of its answers still hold). Each kind is a journal (store/journal.ts): a run
 * appends what it added, and a kind is rewritten with only what the run used once too much of
 * it went unused.
 */
export class Memory {
  private readonly journals = new Map<MemoKind, JournalStore>();

  constructor(private readonly dir: string) {}

  private journal(kind: MemoKind): JournalStore {
    let journal = this.journals.get(kind);
    if (!journal) this.journals.set(kind, (journal = new JournalStore(join(this.dir, `${kind}.jsonl`), kind)));
    return journal;
  }

  /** Reads a kind's file now rather than on its first use (done while git lists the files). */
  preload(kind: MemoKind): void {
    this.journal(kind).prepare();
  }

  recall(kind: MemoKind, key: string): unknown {
    return this.journal(kind).get(key);
  }

  keep(kind: MemoKind, key: string, value: unknown): void {
    this.journal(kind).set(key, value);
  }

  /** compute(), or what an earlier run computed under the same kind and key. */
  memoize<T>(kind: MemoKind, key: string, compute: () => T, codec?: Codec<T>): { value: T; reused: boolean } {
    const stored = this.recall(kind, key);
    const remembered = stored === undefined ? undefined : codec ? codec.decode(stored) : (stored as T);
    if (remembered !== undefined) return { value: remembered, reused: true };
    const value = compute();
    this.keep(kind, key, codec ? codec.encode(value) : value);
    return { value, reused: false };
  }

  /**
   * Writes what this run added to the kinds used so far (or compacts them), and lets go of their
   * values: the parses are saved when the graph is built, and the later stages' memory is not
   * burdened with them. A kind used after this is read anew.
   */
  save(): void {
    for (const journal of this.journals.values()) journal.save();
    this.journals.clear();
  }
}
