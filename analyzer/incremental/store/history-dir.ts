import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { readBytes, writeAtomic } from '../../core/atomic-file.js';
import { decodeEntry, encodeEntry } from './envelope.js';

/** Snapshots kept per repository and history options: the newest few HEADs (branches switched between). */
export const SNAPSHOTS_KEPT = 3;

const HEAD_FILE = /^([0-9a-f]{40,64})\.json$/;

/** One file per HEAD in a folder of its own; the file's mtime says when it was last used. */
export class HistoryDirStore {
  constructor(private readonly dir: string) {}

  private snapshots(): { head: string; path: string; used: number }[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    return names
      .flatMap((name) => {
        const head = HEAD_FILE.exec(name)?.[1];
        const path = join(this.dir, name);
        const used = head === undefined ? null : mtimeOf(path);
        return head === undefined || used === null ? [] : [{ head, path, used }];
      })
      .sort((a, b) => b.used - a.used);
  }

  heads(): Promise<string[]> {
    return Promise.resolve(this.snapshots().map((s) => s.head));
  }

  load(head: string): Promise<unknown> {
    const path = join(this.dir, `${head}.json`);
    const value = HEAD_FILE.test(`${head}.json`) ? decodeEntry('history', readBytes(path)) : undefined;
    if (value !== undefined) touch(path);
    return Promise.resolve(value ?? null);
  }

  save(head: string, snapshot: unknown): Promise<void> {
    if (!HEAD_FILE.test(`${head}.json`)) return Promise.resolve();
    writeAtomic(join(this.dir, `${head}.json`), () => encodeEntry('history', snapshot));
    const others = this.snapshots().filter((s) => s.head !== head);
    for (const old of others.slice(SNAPSHOTS_KEPT - 1)) rmSync(old.path, { force: true });
    return Promise.resolve();
  }
}

function mtimeOf(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // a read-only cache still serves
  }
}
