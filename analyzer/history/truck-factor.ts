/**
 * Truck factor (Avelino et al., ICPC 2016): remove the author of the most files, repeatedly,
 * until fewer than half of the files have an author left. Removing one author does not change how
 * many files another one authors, so the removal order is simply authors by file count (ties to
 * the smaller id, so the result does not depend on input order): one sort, not a recount per step.
 */
export interface TruckFactor {
  value: number | null;
  /** ids in the order removed */
  removed: string[];
}

export function truckFactor(fileAuthors: readonly (readonly string[])[]): TruckFactor {
  const total = fileAuthors.length;
  if (total === 0) return { value: null, removed: [] };
  const filesOf = new Map<string, number[]>();
  const left = new Int32Array(total);
  let covered = 0;
  fileAuthors.forEach((authors, i) => {
    const unique = new Set(authors);
    left[i] = unique.size;
    if (unique.size > 0) covered += 1;
    for (const id of unique) {
      const list = filesOf.get(id);
      if (list) list.push(i);
      else filesOf.set(id, [i]);
    }
  });
  const order = [...filesOf].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const removed: string[] = [];
  for (const [id, files] of order) {
    if (covered * 2 < total) break;
    removed.push(id);
    for (const i of files) {
      left[i] = (left[i] as number) - 1;
      if (left[i] === 0) covered -= 1;
    }
  }
  return { value: removed.length, removed };
}
