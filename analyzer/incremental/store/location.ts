import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { runGit } from '../../core/git.js';

/** `$XDG_CACHE_HOME/blastmap`, else `~/.cache/blastmap` (a relative XDG path is ignored, as the spec says). */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.cache'), 'blastmap');
}

/** The real path of `path`, or of its nearest existing ancestor with the rest appended. */
function realPathOf(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPathOf(parent), basename(absolute));
  }
}

function isWithin(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The analyzed directory's work tree, or the directory itself outside git (all of it is then
 * read, so all of it is the analyzed tree): the cache may not live there. `git` says which.
 */
async function repoRootOf(analyzedDir: string): Promise<{ root: string; git: boolean }> {
  const top = await runGit(analyzedDir, ['rev-parse', '--show-toplevel']);
  const path = top.exitCode === 0 ? top.stdout.toString('utf8').trim() : '';
  return { root: realPathOf(path === '' ? analyzedDir : path), git: path !== '' };
}

export async function cacheDirInsideRepo(cacheDir: string, analyzedDir: string): Promise<boolean> {
  return (await cacheDirContainer(cacheDir, analyzedDir)) !== null;
}

/**
 * What the cache folder would lie inside, for a message that names it rightly: the analyzed
 * repository's work tree, or (outside git) the analyzed directory; null when it lies in neither.
 */
export async function cacheDirContainer(cacheDir: string, analyzedDir: string): Promise<{ root: string; git: boolean } | null> {
  const repo = await repoRootOf(analyzedDir);
  return isWithin(realPathOf(cacheDir), repo.root) ? repo : null;
}
