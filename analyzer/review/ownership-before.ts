import { fileAuthorship } from '../history/doa.js';
import type { ModuleHistoryFigures } from '../report/schema/index.js';

/**
 * A file's active authors by DOA as they were before the change, worked back from head's figures.
 * The DOA of Avelino et al. (report contract, "Degree of authorship"; history/doa.ts) is
 * 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC) with AC = changes − DL, where `changes` counts
 * every non-adding commit to the file. Head's DOA of any author gives `changes` back; the range's
 * commits to the file (none adds it: the file existed at base) come off `changes`, and each
 * author's own off their DL. The authors' activity is head's (the same "now").
 */
export interface RangeTouch {
  /** the author id of the commit's person, or null for agents, bots and people the report does not list */
  authorId: string | null;
}

export function activeAuthorsBefore(history: ModuleHistoryFigures, touches: readonly RangeTouch[]): string[] {
  const [any] = history.authors;
  if (any === undefined) return [];
  const ac = Math.exp((3.293 + 1.098 * (any.firstAuthorship ? 1 : 0) + 0.164 * any.commits - any.doa) / 0.321) - 1;
  const changesHead = Math.round(ac) + any.commits;
  const changesBase = Math.max(0, changesHead - touches.length);
  const own = new Map<string, number>();
  for (const t of touches) if (t.authorId !== null) own.set(t.authorId, (own.get(t.authorId) ?? 0) + 1);
  const humans = history.authors
    .map((a) => ({ person: a.id, active: a.active, firstAuthorship: a.firstAuthorship, deliveries: Math.max(0, a.commits - (own.get(a.id) ?? 0)) }))
    .filter((a) => a.firstAuthorship || a.deliveries > 0);
  const active = new Map(humans.map((h) => [h.person, h.active]));
  return fileAuthorship(humans, changesBase)
    .filter((r) => r.isAuthor && active.get(r.person) === true)
    .map((r) => r.person);
}
