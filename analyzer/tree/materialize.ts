import { mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sourceExtension } from '../graph/source-extensions.js';
import { readBlobs, type TreeEntry } from './commit-tree.js';

/**
 * What the graph stage reads of a tree: the TS/JS files, the JSON and YAML files import
 * resolution reads (tsconfig and jsconfig with what they extend, package.json, workspace
 * manifests), and symbolic links (whose text says what they alias; never followed).
 */
export function graphReads(entry: TreeEntry): boolean {
  if (entry.nameNotUtf8) return false;
  if (entry.mode === '120000') return true;
  return sourceExtension(entry.path) !== null || /\.(json|jsonc|json5|ya?ml)$/i.test(entry.path);
}

/**
 * Writes the files the graph reads of a commit's tree into `treeDir`, a folder of blastmap's own
 * (never the analyzed repository), from blobs: nothing is checked out, no filter runs. With a
 * manifest of the last tree written there, only what differs is rewritten, so that the cache's
 * file stamps of the unchanged files still hold.
 */
export async function materializeTree(repoDir: string, treeDir: string, entries: readonly TreeEntry[]): Promise<void> {
  const wanted = entries.filter(graphReads);
  const manifestPath = `${treeDir}.manifest.json`;
  const previous = readManifest(manifestPath);
  mkdirSync(treeDir, { recursive: true });
  const root = realpathSync(treeDir);
  const next: Record<string, string> = {};
  for (const e of wanted) next[e.path] = `${e.mode}:${e.oid}`;
  let fresh = previous === null;
  if (!fresh) {
    try {
      for (const path of Object.keys(previous as Record<string, string>)) if (next[path] !== (previous as Record<string, string>)[path]) rmSync(join(root, path), { force: true });
    } catch {
      fresh = true;
    }
  }
  if (fresh) {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
  }
  // the manifest goes first: a run cut short leaves a manifest that names no file it did not write
  rmSync(manifestPath, { force: true });
  const toWrite = wanted.filter((e) => fresh || (previous as Record<string, string>)[e.path] !== next[e.path]);
  await readBlobs(
    repoDir,
    toWrite.map((e) => e.oid),
    (index, bytes) => {
      const entry = toWrite[index] as TreeEntry;
      const target = join(root, entry.path);
      const parent = dirname(target);
      mkdirSync(parent, { recursive: true });
      // a folder that was a link in an earlier tree must not carry a write outside this folder
      if (realpathSync(parent) !== parent) throw new Error(`refusing to write ${entry.path}: a parent folder is a link`);
      // a folder of the last tree written may be a file or a link now: nothing of the new tree is under it
      rmSync(target, { force: true, recursive: true });
      if (entry.mode === '120000') symlinkSync(bytes.toString('utf8'), target);
      else writeFileSync(target, bytes);
    },
  );
  writeFileSync(manifestPath, JSON.stringify(next));
}

function readManifest(path: string): Record<string, string> | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    for (const value of Object.values(parsed)) if (typeof value !== 'string') return null;
    return parsed as Record<string, string>;
  } catch {
    return null;
  }
}
