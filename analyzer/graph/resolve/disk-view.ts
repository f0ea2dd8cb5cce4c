import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';

export type DiskKind = 'file' | 'dir' | null;

export interface DirListing {
  files: string[];
  directories: string[];
}

/** Every question a run asked the disk, with the answer it got. */
export interface DiskAnswers {
  kinds: ReadonlyMap<string, DiskKind>;
  texts: ReadonlyMap<string, string | undefined>;
  realpaths: ReadonlyMap<string, string>;
  listings: ReadonlyMap<string, DirListing>;
}

/**
 * The disk outside the repository's tracked files (an installed node_modules, a tsconfig base in
 * a package), as one run sees it: TypeScript's resolver asks about the same paths many times,
 * and each question is put to the disk once.
 */
export class DiskView {
  private readonly kinds = new Map<string, DiskKind>();
  private readonly texts = new Map<string, string | undefined>();
  private readonly realpaths = new Map<string, string>();
  private readonly listings = new Map<string, DirListing>();

  answers(): DiskAnswers {
    return { kinds: this.kinds, texts: this.texts, realpaths: this.realpaths, listings: this.listings };
  }

  kind(path: string): DiskKind {
    let kind = this.kinds.get(path);
    if (kind === undefined) {
      try {
        // most questions are of paths that do not exist: answered without building an error
        const stat = statSync(path, { throwIfNoEntry: false });
        kind = stat === undefined ? null : stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : null;
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

  entries(path: string): DirListing {
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
