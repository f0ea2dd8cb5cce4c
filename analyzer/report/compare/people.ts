/** People who left between two reports (active then, not now) and who arrived; humans only, matched by authors[].id. */
import type { Report, ReportAuthor } from '../schema/index.js';
import type { PersonEntry } from '../schema/comparison.js';
import { compareText } from '../../core/compare-text.js';

export function comparePeople(old: Report, now: Report): { left: PersonEntry[]; arrived: PersonEntry[] } {
  const humans = (r: Report) => new Map(r.authors.filter((a) => a.kind === 'human').map((a) => [a.id, a]));
  const then = humans(old);
  const current = humans(now);
  const entry = (a: ReportAuthor, latest: ReportAuthor | undefined, before: ReportAuthor | undefined): PersonEntry => ({
    id: a.id,
    name: (latest ?? a).name,
    lastCommit: (latest ?? a).lastCommit,
    filesAuthoredThen: before?.filesAuthored ?? 0,
    inNewReport: latest !== undefined,
  });
  const byLastCommit = (a: PersonEntry, b: PersonEntry) => compareText(b.lastCommit ?? '', a.lastCommit ?? '') || compareText(a.id, b.id);
  const left = [...then.values()]
    .filter((a) => a.active && current.get(a.id)?.active !== true)
    .map((a) => entry(a, current.get(a.id), a))
    .sort((a, b) => b.filesAuthoredThen - a.filesAuthoredThen || byLastCommit(a, b));
  const arrived = [...current.values()]
    .filter((a) => a.active && then.get(a.id)?.active !== true)
    .map((a) => entry(a, a, then.get(a.id)))
    .sort(byLastCommit);
  return { left, arrived };
}
