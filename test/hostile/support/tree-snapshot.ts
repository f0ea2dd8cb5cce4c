import { lstatSync, readdirSync } from 'node:fs';

const SLASH = Buffer.from('/');

/**
 * Every entry below `root` (links not followed) with its type, size and modification time; a
 * write anywhere, .git included, changes it. Walked as raw bytes: names need not be UTF-8.
 * `skip` names top-level entries left out.
 */
export function snapshotTree(root: string, skip: readonly string[] = []): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (dir: Buffer, rel: string): void => {
    for (const name of readdirSync(dir, { encoding: 'buffer' })) {
      const text = name.toString('latin1');
      if (rel === '' && skip.includes(text)) continue;
      const abs = Buffer.concat([dir, SLASH, name]);
      const path = rel === '' ? text : `${rel}/${text}`;
      const stat = lstatSync(abs);
      const kind = stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'dir' : 'file';
      entries.set(path, kind === 'dir' ? 'dir' : `${kind}:${stat.size}:${stat.mtimeMs}`);
      if (kind === 'dir') walk(abs, path);
    }
  };
  walk(Buffer.from(root), '');
  return entries;
}

/** The differences between two snapshots, as lines a failing test can print. */
export function treeChanges(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = [];
  for (const [path, what] of after) if (before.get(path) !== what) changes.push(`${before.has(path) ? 'changed' : 'added'}: ${path}`);
  for (const path of before.keys()) if (!after.has(path)) changes.push(`removed: ${path}`);
  return changes.sort();
}
