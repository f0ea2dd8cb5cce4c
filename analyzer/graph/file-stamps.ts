import { lstatSync } from 'node:fs';
import type { StageMemo } from '../core/run-cache.js';
import type { AnalyzerWarning } from '../core/warnings.js';

/** What reading a file gave last time: the key of its parse, or the warning that kept it out. */
export type ReadResult = { key: string } | { warning: Omit<AnalyzerWarning, 'path'> };

interface StampsMemo {
  maxBytes: number;
  entries: [path: string, stamp: string, result: ReadResult][];
}

/** A file changed within this long of being read may change again without its stamp changing. */
const RACY_MS = 2_000;

/**
 * The last run's reading of each file under its stamp (size, mtime, ctime, inode), so an
 * unchanged file is not read again (as git trusts its index's stat data). ctime cannot be set
 * back by any tool, so a write shows; a file written less than two seconds before it was read
 * is not remembered, since a second write in the same clock tick would keep its stamp (git's
 * "racily clean" entries).
 */
export class FileStamps {
  private readonly known = new Map<string, { stamp: string; result: ReadResult }>();
  private readonly next: StampsMemo['entries'] = [];
  constructor(private readonly memo: StageMemo, private readonly maxBytes: number, private readonly startedAt = Date.now()) {
    const stored = memo.load() as Partial<StampsMemo> | undefined;
    if (stored?.maxBytes === maxBytes && Array.isArray(stored.entries))
      for (const [path, stamp, result] of stored.entries) this.known.set(path, { stamp, result });
  }

  /** The file's stamp now (null when it is not a regular file), and what it gave when it last had this stamp. */
  lookup(path: string, abs: string): { stamp: string | null; result: ReadResult | null } {
    let stamp: string | null = null;
    try {
      const stat = lstatSync(abs);
      if (stat.isFile() && this.startedAt - stat.ctimeMs > RACY_MS) stamp = `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
    } catch {
      // missing or unreadable: read as usual, and remember nothing
    }
    const known = stamp === null ? undefined : this.known.get(path);
    return { stamp, result: known?.stamp === stamp ? known.result : null };
  }

  record(path: string, stamp: string | null, result: ReadResult): void {
    if (stamp !== null) this.next.push([path, stamp, result]);
  }

  save(): void {
    const unchanged = this.next.length === this.known.size && this.next.every(([path, stamp, result]) => {
      const old = this.known.get(path);
      return old?.stamp === stamp && sameResult(old.result, result);
    });
    if (!unchanged) this.memo.save({ maxBytes: this.maxBytes, entries: this.next } satisfies StampsMemo);
  }
}

function sameResult(a: ReadResult, b: ReadResult): boolean {
  return 'key' in a && 'key' in b ? a.key === b.key : JSON.stringify(a) === JSON.stringify(b);
}
