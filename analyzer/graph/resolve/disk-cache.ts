import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';

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

/** How a file's text is kept in the journal: by default all of it; a caller may keep only what it reads. */
export type TextDigest = (path: string, text: string) => string;

const sha1 = (text: string): string => createHash('sha1').update(text).digest('base64');
const listingDigest = (entries: Entries): string => sha1(JSON.stringify(entries));

/** Cached reads of the disk, for what lies outside the repo's tracked files (node_modules). */
export class DiskCache {
  private readonly kinds = new Map<string, Kind>();
  private readonly texts = new Map<string, string | undefined>();
  private readonly realpaths = new Map<string, string>();
  private readonly listings = new Map<string, Entries>();

  constructor(private readonly digest: TextDigest = (_path, text) => sha1(text)) {}

  /** A disk that answers every question of `journal` as it was answered then (texts compared by `digest`), or null. */
  static answering(journal: DiskJournal, digest?: TextDigest): DiskCache | null {
    const disk = new DiskCache(digest);
    for (const [path, kind] of journal.kinds) if (disk.kind(path) !== kind) return null;
    for (const [path, text] of journal.texts) {
      const now = disk.readFile(path);
      if ((now === undefined ? null : disk.digest(path, now)) !== text) return null;
    }
    for (const [path, real] of journal.realpaths) if (disk.realpath(path) !== real) return null;
    for (const [path, listing] of journal.entries) if (listingDigest(disk.entries(path)) !== listing) return null;
    return disk;
  }

  journal(): DiskJournal {
    return {
      kinds: [...this.kinds],
      texts: [...this.texts].map(([path, text]) => [path, text === undefined ? null : this.digest(path, text)]),
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
