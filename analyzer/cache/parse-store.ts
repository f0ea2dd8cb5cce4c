import type { ParseCache } from '../core/run-cache.js';
import { readText, writeAtomic } from './atomic-file.js';
import { decodeEntry, encodeEntry } from './envelope.js';

/**
 * The parses of one analyzed directory, in one file, keyed by the graph stage's content keys.
 * Saving keeps only what this run used, so a file's old versions drop out.
 */
export class ParseStore implements ParseCache {
  private stored: Map<string, unknown> | null = null;
  private readonly used = new Map<string, unknown>();
  private changed = false;

  constructor(private readonly file: string) {}

  /** read on first use: the run starts its history thread first */
  private get loaded(): Map<string, unknown> {
    if (this.stored === null) {
      const value = decodeEntry('parses', readText(this.file) ?? '');
      this.stored = isRecord(value) ? new Map(Object.entries(value)) : new Map();
    }
    return this.stored;
  }

  get(key: string): unknown {
    const value = this.loaded.get(key);
    if (value !== undefined) this.used.set(key, value);
    return value;
  }

  set(key: string, value: unknown): void {
    this.used.set(key, value);
    this.changed = true;
  }

  save(): void {
    if (!this.changed && this.used.size === this.loaded.size) return;
    writeAtomic(this.file, () => encodeEntry('parses', Object.fromEntries(this.used)));
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
