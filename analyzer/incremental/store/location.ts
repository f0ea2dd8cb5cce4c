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

/** The analyzed directory's work tree (or the directory itself outside git): the cache may not live there. */
async function repoRootOf(analyzedDir: string): Promise<string> {
  const top = await runGit(analyzedDir, ['rev-parse', '--show-toplevel']);
  const path = top.exitCode === 0 ? top.stdout.toString('utf8').trim() : '';
  return realPathOf(path === '' ? analyzedDir : path);
}

export async function cacheDirInsideRepo(cacheDir: string, analyzedDir: string): Promise<boolean> {
  return isWithin(realPathOf(cacheDir), await repoRootOf(analyzedDir));
}
