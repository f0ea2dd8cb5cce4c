import type { PersonState } from './accumulator-state.js';

/**
 * Identities that are plainly one person: the same full name under several addresses (a work and
 * a personal email, an old employer's). Without a .mailmap, git keeps them apart and the report
 * would show one maintainer both as an active author and as an author who left.
 *
 * Merged only on a name that names someone: at least two words of letters, and none of the
 * placeholders tools and machines commit under. A single word ("dev", "john") is shared by
 * strangers, so it never merges. Agents and bots are never merged with anyone.
 */
const GENERIC_NAMES = new Set([
  'root', 'admin', 'administrator', 'user', 'unknown', 'nobody', 'anonymous', 'your name', 'you name',
  'your full name', 'first last', 'firstname lastname', 'john doe', 'jane doe', 'the author', 'no author',
  'github', 'github user', 'git user', 'ubuntu', 'local user', 'default user', 'build user', 'test user',
  'developer', 'dev team', 'the team',
]);

/** The name as compared: Unicode-normalized, case and spacing folded; null when it names nobody in particular. */
export function mergeableName(name: string): string | null {
  const folded = name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const words = folded.split(' ').filter((word) => /\p{L}/u.test(word));
  if (words.length < 2 || GENERIC_NAMES.has(folded)) return null;
  return folded;
}

export interface PersonMerge {
  /** every person key → the key of the person it is merged into (itself when not merged) */
  canonical: Map<string, string>;
  /** merged person key → the keys merged into it, sorted */
  merged: Map<string, string[]>;
}

/**
 * Groups humans that share a mergeable name (any of the names each address used, so a chain
 * A–B by one name and B–C by another is one person). Each group is kept under the key with the
 * most commits (ties to the smaller key), so its id stays put as long as that stays the main address.
 */
export function samePersonMerge(people: Iterable<PersonState>, enabled: boolean): PersonMerge {
  const all = [...people];
  const parent = new Map(all.map((p) => [p.key, p.key]));
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(key, root);
    return root;
  };
  const byName = new Map<string, string>();
  if (enabled) {
    for (const person of all) {
      if (person.kind !== 'human') continue;
      for (const name of person.names) {
        const folded = mergeableName(name);
        if (folded === null) continue;
        const first = byName.get(folded);
        if (first === undefined) byName.set(folded, person.key);
        else if (find(first) !== find(person.key)) parent.set(find(person.key), find(first));
      }
    }
  }
  const groups = new Map<string, PersonState[]>();
  for (const person of all) {
    const root = find(person.key);
    const group = groups.get(root);
    if (group) group.push(person);
    else groups.set(root, [person]);
  }
  const canonical = new Map<string, string>();
  const merged = new Map<string, string[]>();
  for (const group of groups.values()) {
    const main = group.reduce((best, p) => (p.commits > best.commits || (p.commits === best.commits && p.key < best.key) ? p : best));
    for (const p of group) canonical.set(p.key, main.key);
    if (group.length > 1) merged.set(main.key, group.filter((p) => p !== main).map((p) => p.key).sort());
  }
  return { canonical, merged };
}
