import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { resolutionDigest, sha1 } from './resolution-digest.js';

type Kind = 'file' | 'dir' | null;
interface Entries {
  files: string[];
  directories: string[];
}

/**
 * Every question a run asked the disk and the answer it got (texts and listings as digests): a
 * cached resolution is still true when every one of them gets the same answer again.
 */
export interface DiskJournal {
  kinds: [string, Kind][];
  texts: [string, string | null][];
  realpaths: [string, string][];
  entries: [string, string][];
}

const listingDigest = (entries: Entries): string => sha1(JSON.stringify(entries));

/** Cached reads of the disk, for what lies outside the repo's tracked files (node_modules). */
export class DiskCache {
  private readonly kinds = new Map<string, Kind>();
  private readonly texts = new Map<string, string | undefined>();
  private readonly realpaths = new Map<string, string>();
  private readonly listings = new Map<string, Entries>();

  /** A disk that answers every question of `journal` as it was answered then (texts compared by what resolution reads of them), or null. */
  static answering(journal: DiskJournal): DiskCache | null {
    const disk = new DiskCache();
    for (const [path, kind] of journal.kinds) if (disk.kind(path) !== kind) return null;
    for (const [path, text] of journal.texts) {
      const now = disk.readFile(path);
      if ((now === undefined ? null : resolutionDigest(path, now)) !== text) return null;
    }
    for (const [path, real] of journal.realpaths) if (disk.realpath(path) !== real) return null;
    for (const [path, listing] of journal.entries) if (listingDigest(disk.entries(path)) !== listing) return null;
    return disk;
  }

  journal(): DiskJournal {
    return {
      kinds: [...this.kinds],
      texts: [...this.texts].map(([path, text]) => [path, text === undefined ? null : resolutionDigest(path, text)]),
      realpaths: [...this.realpaths],
      entries: [...this.listings].map(([path, entries]) => [path, listingDigest(entries)]),
    };
  }

  private kind(path: string): Kind {
    let kind = this.kinds.get(path);
    if (kind === undefined) {
      try {
        const stat = statSync(path);
        kind = stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : null;
      } catch {
        kind = null;
      }
      this.kinds.set(path, kind);
    }
    return kind;
  }

  fileExists(path: string): boolean {
    return this.kind(path) === 'file';
  }

  directoryExists(path: string): boolean {
    return this.kind(path) === 'dir';
  }

  readFile(path: string): string | undefined {
    if (!this.texts.has(path)) {
      let text: string | undefined;
      try {
        text = this.fileExists(path) ? readFileSync(path, 'utf8') : undefined;
      } catch {
        text = undefined;
      }
      this.texts.set(path, text);
    }
    return this.texts.get(path);
  }

  realpath(path: string): string {
    let real = this.realpaths.get(path);
    if (real === undefined) {
      try {
        real = realpathSync(path);
      } catch {
        real = path;
      }
      this.realpaths.set(path, real);
    }
    return real;
  }

  entries(path: string): Entries {
    let listing = this.listings.get(path);
    if (listing === undefined) {
      listing = { files: [], directories: [] };
      try {
        for (const entry of readdirSync(path, { withFileTypes: true })) {
          if (entry.isFile()) listing.files.push(entry.name);
          else if (entry.isDirectory()) listing.directories.push(entry.name);
        }
      } catch {
        // unreadable directories have no entries
      }
      this.listings.set(path, listing);
    }
    return { files: [...listing.files], directories: [...listing.directories] };
  }
}
