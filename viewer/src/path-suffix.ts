/**
 * Short names for paths: the shortest ending of a path, in whole directory steps, that no other
 * path of the repository ends with. `a/src/types.ts` and `b/src/types.ts` read `a/src/types.ts`
 * and `b/src/types.ts`; a lone `lib/stdio.ts` reads `stdio.ts`. A path that is itself an ending of
 * another (`x.ts` beside `lib/x.ts`) is shown whole.
 */
export class PathSuffixes {
  /** paths by file name: only paths sharing a file name can share a longer ending */
  private readonly byName = new Map<string, string[]>();

  constructor(paths: Iterable<string>) {
    for (const path of new Set(paths)) {
      const name = fileName(path);
      const list = this.byName.get(name);
      if (list) list.push(path);
      else this.byName.set(name, [path]);
    }
  }

  shortest(path: string): string {
    const rivals = (this.byName.get(fileName(path)) ?? []).filter((p) => p !== path);
    if (rivals.length === 0) return fileName(path);
    const segments = path.split('/');
    for (let k = 2; k < segments.length; k++) {
      const ending = `/${segments.slice(-k).join('/')}`;
      if (rivals.every((r) => !`/${r}`.endsWith(ending))) return ending.slice(1);
    }
    return path;
  }
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
