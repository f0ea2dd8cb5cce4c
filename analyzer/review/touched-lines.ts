import { runGit } from '../core/git.js';

/** The first lines of head a path's diff touched: `{ start, end }` (1-based), or null when no line was (a rename, a mode change). */
export interface TouchedLines {
  start: number;
  end: number;
}

/** Hunk headers of `git diff -U0`: `@@ -a,b +c,d @@`; a pure deletion (`d` 0) is shown at the line after which it was. */
export function firstTouched(patch: string): TouchedLines | null {
  for (const match of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(match[1]);
    const count = match[2] === undefined ? 1 : Number(match[2]);
    if (count === 0) return { start: Math.max(1, start), end: Math.max(1, start) };
    return { start, end: start + count - 1 };
  }
  return null;
}

/** Where in head each path's change starts, one `git diff -U0` per path asked (only the findings' paths). */
export async function touchedLines(dir: string, from: string, to: string, paths: readonly string[]): Promise<Map<string, TouchedLines | null>> {
  const out = new Map<string, TouchedLines | null>();
  for (const path of new Set(paths)) {
    const result = await runGit(dir, ['diff', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--relative', '--end-of-options', from, to, '--', `:(literal)${path}`]);
    out.set(path, result.exitCode === 0 ? firstTouched(result.stdout.toString('utf8')) : null);
  }
  return out;
}
