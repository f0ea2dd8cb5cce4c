import { readlinkSync } from 'node:fs';
import { posix } from 'node:path';
import type { TrackedFile } from '../list-files.js';

/**
 * Tracked symbolic links that point at another tracked file inside the repository: an import of
 * the link means its target. Only the link's text is read (never followed); links that leave the
 * repository, dangle, or point at another link are not aliases.
 */
export function inRepoAliases(root: string, files: readonly TrackedFile[]): Map<string, string> {
  const regular = new Set(files.filter((f) => !f.symlink).map((f) => f.path));
  const aliases = new Map<string, string>();
  for (const file of files) {
    if (!file.symlink) continue;
    let text: string;
    try {
      text = readlinkSync(`${root}/${file.path}`, 'utf8');
    } catch {
      continue;
    }
    if (text.startsWith('/')) continue;
    const target = posix.normalize(posix.join(posix.dirname(file.path), text));
    if (!target.startsWith('../') && target !== '..' && regular.has(target)) aliases.set(file.path, target);
  }
  return aliases;
}
