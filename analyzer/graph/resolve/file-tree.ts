import { posix } from 'node:path';

interface DirEntries {
  files: string[];
  directories: string[];
}

/**
 * The repository's files as git lists them, held in a set and a map: existence checks during module
 * resolution and tsconfig `include` globbing never touch the disk for files inside the repo.
 */
export class FileTree {
  private readonly files = new Set<string>();
  private readonly dirs = new Map<string, DirEntries>();

  constructor(readonly root: string, relativePaths: Iterable<string>) {
    this.dirs.set(root, { files: [], directories: [] });
    for (const rel of relativePaths) this.addFile(`${root}/${rel}`);
  }

  private addFile(abs: string): void {
    this.files.add(abs);
    let child = abs;
    let parent = posix.dirname(abs);
    let isFile = true;
    while (parent.length >= this.root.length) {
      let entries = this.dirs.get(parent);
      const created = entries === undefined;
      if (!entries) {
        entries = { files: [], directories: [] };
        this.dirs.set(parent, entries);
      }
      const name = child.slice(parent.length + 1);
      if (isFile) entries.files.push(name);
      else entries.directories.push(name);
      if (!created || parent === this.root) break;
      child = parent;
      parent = posix.dirname(parent);
      isFile = false;
    }
  }

  /** true when the path is inside the repo (so this tree, not the disk, is the truth) */
  owns(abs: string): boolean {
    return abs === this.root || abs.startsWith(`${this.root}/`);
  }

  hasFile(abs: string): boolean {
    return this.files.has(abs);
  }

  hasDirectory(abs: string): boolean {
    return this.dirs.has(abs);
  }

  entries(abs: string): DirEntries {
    return this.dirs.get(abs) ?? { files: [], directories: [] };
  }

  relative(abs: string): string {
    return abs.slice(this.root.length + 1);
  }
}
