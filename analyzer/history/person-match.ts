/**
 * Who a name or an email written by a person means (a ratings row, `blastmap audit --as`): one of
 * the humans of the history, through the identities history merged into them (.mailmap rewrites
 * and same-name addresses, `aliases`). Emails and names are compared without case and with runs
 * of white space as one space; a name that two different people carry names nobody.
 */

export interface MatchablePerson {
  id: string;
  name: string;
  email: string;
  kind: string;
  aliases: readonly { name: string; email: string }[];
}

export type PersonMatch = { id: string } | { id: null; why: 'unknown' | 'ambiguous' };

export interface PersonMatcher {
  match(text: string): PersonMatch;
}

export function personMatcher(people: Iterable<MatchablePerson>): PersonMatcher {
  const byEmail = new Map<string, Set<string>>();
  const byName = new Map<string, Set<string>>();
  const put = (map: Map<string, Set<string>>, key: string, id: string): void => {
    if (key === '') return;
    const ids = map.get(key) ?? new Set<string>();
    ids.add(id);
    map.set(key, ids);
  };
  for (const p of people) {
    if (p.kind !== 'human') continue;
    put(byEmail, normalName(p.email), p.id);
    put(byName, normalName(p.name), p.id);
    for (const alias of p.aliases) {
      put(byEmail, normalName(alias.email), p.id);
      put(byName, normalName(alias.name), p.id);
    }
  }
  return {
    match(text) {
      const key = normalName(text);
      // an address first: it names one identity, where a name may be shared
      const ids = (key.includes('@') ? byEmail.get(key) : undefined) ?? byName.get(key) ?? byEmail.get(key);
      if (ids === undefined) return { id: null, why: 'unknown' };
      if (ids.size > 1) return { id: null, why: 'ambiguous' };
      return { id: [...ids][0]! };
    },
  };
}

/** A name or email as two identities of one person would both carry it: spacing and case aside. */
export function normalName(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
