import { lstatSync } from 'node:fs';
import type { AnalyzerWarning } from '../../core/warnings.js';
import { readingKey } from '../keys.js';
import type { Memory } from '../memory.js';

/** What reading a file gave last time: the key of its parse, or the warning that kept it out. */
export type ReadResult = { key: string } | { warning: Omit<AnalyzerWarning, 'path'> };

/** A file's stamp and what reading it gave, as stored under its readingKey. */
type StoredReading = [stamp: string, result: ReadResult];

/** A file changed within this long of being read may change again without its stamp changing. */
const RACY_MS = 2_000;

/**
 * The last run's reading of each file under its stamp (size, mtime, ctime, inode), so an
 * unchanged file is not read again (as git trusts its index's stat data). ctime cannot be set
 * back by any tool, so a write shows; a file written less than two seconds before it was read
 * is not remembered, since a second write in the same clock tick would keep its stamp (git's
 * "racily clean" entries). A reading is kept per size cap: another cap is another reading. Only
 * readings that changed are stored again (the store appends them).
 */
export class FileStamps {
  constructor(private readonly memory: Memory, private readonly startedAt = Date.now()) {}

  private stored(maxBytes: number, path: string, generatedChecks: boolean): StoredReading | undefined {
    const value = this.memory.recall('stamps', readingKey(maxBytes, path, generatedChecks));
    return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' ? (value as StoredReading) : undefined;
  }

  /** The file's stamp now (null when it is not a regular file), and what it gave when it last had this stamp. */
  lookup(path: string, abs: string, maxBytes: number, generatedChecks = true): { stamp: string | null; result: ReadResult | null } {
    let stamp: string | null = null;
    try {
      const stat = lstatSync(abs);
      if (stat.isFile() && this.startedAt - stat.ctimeMs > RACY_MS) stamp = `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
    } catch {
      // missing or unreadable: read as usual, and remember nothing
    }
    const known = stamp === null ? undefined : this.stored(maxBytes, path, generatedChecks);
    return { stamp, result: known?.[0] === stamp ? known[1] : null };
  }

  record(path: string, maxBytes: number, stamp: string | null, result: ReadResult, generatedChecks = true): void {
    if (stamp === null) return;
    const known = this.stored(maxBytes, path, generatedChecks);
    if (known?.[0] !== stamp || !sameResult(known[1], result)) this.memory.keep('stamps', readingKey(maxBytes, path, generatedChecks), [stamp, result] satisfies StoredReading);
  }
}

function sameResult(a: ReadResult, b: ReadResult): boolean {
  return 'key' in a && 'key' in b ? a.key === b.key : JSON.stringify(a) === JSON.stringify(b);
}
