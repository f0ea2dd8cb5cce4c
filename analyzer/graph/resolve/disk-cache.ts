import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';

/** Cached reads of the disk, for what lies outside the repo's tracked files (node_modules). */
export class DiskCache {
  private readonly kinds = new Map<string, 'file' | 'dir' | null>();
  private readonly texts = new Map<string, string | undefined>();

  private kind(path: string): 'file' | 'dir' | null {
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
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  }

  entries(path: string): { files: string[]; directories: string[] } {
    const files: string[] = [];
    const directories: string[] = [];
    try {
      for (const entry of readdirSync(path, { withFileTypes: true })) {
        if (entry.isFile()) files.push(entry.name);
        else if (entry.isDirectory()) directories.push(entry.name);
      }
    } catch {
      // unreadable directories have no entries
    }
    return { files, directories };
  }
}
