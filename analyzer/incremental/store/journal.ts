import { appendText, readBytes, writeAtomic } from '../../core/atomic-file.js';
import { decodeEntries, encodeEntry, type EntryKind } from './envelope.js';

/** Rewritten whole once more than this share of what it holds went unused by a run. */
const UNUSED_SHARE_BEFORE_COMPACTING = 0.25;

/**
 * Values under keys (the parses of one analyzed directory by content key, the file stamps by
 * path), in one journal file: a run that changed a few values appends those (the rest of the file
 * is not rewritten); once too much of the file holds values no run uses any more (old versions),
 * the next save writes only what that run used.
 */
export class JournalStore {
  private stored: Map<string, unknown> | null = null;
  /** entries in the file, counting each stored version of a key */
  private entriesInFile = 0;
  /** false when the file ends in something unreadable: appending after it would be lost */
  private appendable = false;
  private readonly used = new Map<string, unknown>();
  private readonly added = new Map<string, unknown>();

  constructor(private readonly file: string, private readonly kind: EntryKind) {}

  /** read on first use: the run starts its history thread first */
  private get loaded(): Map<string, unknown> {
    if (this.stored === null) {
      this.stored = new Map();
      const { values, whole } = decodeEntries(this.kind, readBytes(this.file));
      this.appendable = whole && values.every(isRecord);
      for (const batch of values) {
        if (!isRecord(batch)) break;
        for (const [key, value] of Object.entries(batch)) {
          this.stored.set(key, value);
          this.entriesInFile++;
        }
      }
    }
    return this.stored;
  }

  prepare(): void {
    void this.loaded;
  }

  get(key: string): unknown {
    const value = this.loaded.get(key);
    if (value !== undefined) this.used.set(key, value);
    return value;
  }

  set(key: string, value: unknown): void {
    this.used.set(key, value);
    this.added.set(key, value);
  }

  /** Writes what this run adds, then lets go of every value: the later stages never read them. */
  save(): void {
    this.write();
    this.stored = new Map();
    this.used.clear();
    this.added.clear();
    this.entriesInFile = 0;
  }

  private write(): void {
    const reused = this.used.size - this.added.size;
    const unused = this.entriesInFile - reused;
    if (this.appendable && this.entriesInFile > 0 && unused <= UNUSED_SHARE_BEFORE_COMPACTING * this.entriesInFile) {
      if (this.added.size > 0) appendText(this.file, `${encodeEntry(this.kind, Object.fromEntries(this.added))}\n`);
      return;
    }
    if (this.appendable && this.entriesInFile === 0 && this.used.size === 0) return;
    writeAtomic(this.file, () => `${encodeEntry(this.kind, Object.fromEntries(this.used))}\n`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
