/**
 * People who left between two reports (active then, not now) and who arrived; humans only. A
 * person is matched by authors[].id, else by any address they are known by (their email or an
 * alias's): the id hashes one address, and which of a person's addresses that is can change from
 * one report to the next (a same-name merge picks another one when the history read grows).
 */
import type { Report, ReportAuthor } from '../schema/index.js';
import type { PersonEntry } from '../schema/comparison.js';
import { compareText } from '../../core/compare-text.js';

/** The other report's person for each of `from`'s humans, where there is one. */
function matcher(other: readonly ReportAuthor[]): (a: ReportAuthor) => ReportAuthor | undefined {
  const humans = other.filter((a) => a.kind === 'human');
  const byId = new Map(humans.map((a) => [a.id, a]));
  // an address two people carry (a .mailmap can give one to both) tells neither apart: it matches nobody
  const byAddress = new Map<string, ReportAuthor | null>();
  for (const a of humans) for (const email of new Set(addresses(a))) byAddress.set(email, byAddress.has(email) ? null : a);
  return (a) => byId.get(a.id) ?? addresses(a).map((email) => byAddress.get(email)).find((match) => match !== undefined && match !== null) ?? undefined;
}

/** Addresses compared without case; an empty one matches nobody. (An anonymized report's are pseudonyms, as its ids are.) */
function addresses(a: ReportAuthor): string[] {
  return [a.email, ...a.aliases.map((alias) => alias.email)].map((email) => email.trim().toLowerCase()).filter((email) => email !== '');
}

export function comparePeople(old: Report, now: Report): { left: PersonEntry[]; arrived: PersonEntry[] } {
  const inNow = matcher(now.authors);
  const inOld = matcher(old.authors);
  const entry = (a: ReportAuthor, latest: ReportAuthor | undefined, before: ReportAuthor | undefined): PersonEntry => ({
    id: a.id,
    name: (latest ?? a).name,
    lastCommit: (latest ?? a).lastCommit,
    filesAuthoredThen: before?.filesAuthored ?? 0,
    inNewReport: latest !== undefined,
  });
  const byLastCommit = (a: PersonEntry, b: PersonEntry) => compareText(b.lastCommit ?? '', a.lastCommit ?? '') || compareText(a.id, b.id);
  const left = old.authors
    .filter((a) => a.kind === 'human' && a.active && inNow(a)?.active !== true)
    .map((a) => entry(a, inNow(a), a))
    .sort((a, b) => b.filesAuthoredThen - a.filesAuthoredThen || byLastCommit(a, b));
  const arrived = now.authors
    .filter((a) => a.kind === 'human' && a.active && inOld(a)?.active !== true)
    .map((a) => entry(a, a, inOld(a)))
    .sort(byLastCommit);
  return { left, arrived };
}
