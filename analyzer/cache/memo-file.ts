import type { StageMemo } from '../core/run-cache.js';
import { readBytes, writeAtomic } from '../core/atomic-file.js';
import { decodeEntry, encodeEntry, type EntryKind } from './envelope.js';

/** A stage's memo in a file of its own, read once and replaced on save. */
export class MemoFile implements StageMemo {
  constructor(private readonly file: string, private readonly kind: EntryKind) {}

  load(): unknown {
    return decodeEntry(this.kind, readBytes(this.file));
  }

  save(value: unknown): void {
    writeAtomic(this.file, () => encodeEntry(this.kind, value));
  }
}
