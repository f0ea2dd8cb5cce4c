/**
 * Truck factor (Avelino et al., ICPC 2016): remove the author of the most files, repeatedly,
 * until fewer than half of the files have an author left. Ties go to the smaller id, so the
 * result does not depend on input order.
 */
export interface TruckFactor {
  value: number | null;
  /** ids in the order removed */
  removed: string[];
}

export function truckFactor(fileAuthors: readonly (readonly string[])[]): TruckFactor {
  const total = fileAuthors.length;
  if (total === 0) return { value: null, removed: [] };
  const remaining = fileAuthors.map((authors) => new Set(authors));
  const removed: string[] = [];
  const covered = (): number => remaining.filter((authors) => authors.size > 0).length;
  while (covered() * 2 >= total) {
    const top = topAuthor(remaining);
    if (top === null) break;
    removed.push(top);
    for (const authors of remaining) authors.delete(top);
  }
  return { value: removed.length, removed };
}

function topAuthor(files: readonly Set<string>[]): string | null {
  const counts = new Map<string, number>();
  for (const authors of files) for (const id of authors) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [id, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && id < best)) {
      best = id;
      bestCount = count;
    }
  }
  return best;
}
