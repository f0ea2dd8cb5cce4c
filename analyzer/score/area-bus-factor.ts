/**
 * Bus factor of a set of files, by the truck-factor greedy of Avelino et al. (ICPC 2016): remove
 * the author of the most files, repeatedly, until fewer than half the files have an author left;
 * the count removed. Fed with active authors only, so departed people already count as gone.
 */
export function busFactorOf(files: readonly (readonly string[])[]): number {
  const total = files.length;
  if (total === 0) return 0;
  const byAuthor = new Map<string, number[]>();
  const left = new Int32Array(total);
  let covered = 0;
  files.forEach((authors, i) => {
    const unique = new Set(authors);
    left[i] = unique.size;
    if (unique.size > 0) covered++;
    for (const id of unique) {
      const list = byAuthor.get(id);
      if (list) list.push(i);
      else byAuthor.set(id, [i]);
    }
  });
  const order = [...byAuthor.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  let removed = 0;
  for (const [, owned] of order) {
    if (covered * 2 < total) break;
    removed++;
    for (const i of owned) if (--left[i]! === 0) covered--;
  }
  return removed;
}
