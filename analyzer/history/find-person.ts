/**
 * Who a person named on the command line or in the config is: an author id, an email or a name
 * (case-insensitive, aliases included), or a GitHub login known from a noreply address (with or
 * without its `@`). Used by
 * `--leaving` and by the `declaredOwners` config key.
 */
import type { HistoryAuthor } from './model.js';

/** `123+login@users.noreply.github.com` or `login@users.noreply.github.com` gives the login. */
export function loginOfNoreply(email: string): string | null {
  const match = /^(?:\d+\+)?([A-Za-z0-9][A-Za-z0-9-]*)@users\.noreply\.github\.com$/i.exec(email.trim());
  return match ? (match[1] as string).toLowerCase() : null;
}

export interface PersonIndex {
  /** ids matching the reference; empty when nobody does, several when a name is shared */
  find(reference: string): string[];
  /** lowercase GitHub login -> author ids that committed under its noreply address */
  logins: Map<string, string[]>;
}

export function indexPeople(authors: readonly HistoryAuthor[]): PersonIndex {
  const byKey = new Map<string, Set<string>>();
  const logins = new Map<string, string[]>();
  const add = (key: string, id: string): void => {
    if (key === '') return;
    let set = byKey.get(key);
    if (!set) byKey.set(key, (set = new Set()));
    set.add(id);
  };
  for (const a of authors) {
    if (a.kind !== 'human') continue;
    add(a.id, a.id);
    for (const identity of [{ name: a.name, email: a.email }, ...a.aliases]) {
      add(identity.email.trim().toLowerCase(), a.id);
      add(`name:${identity.name.trim().toLowerCase()}`, a.id);
      const login = loginOfNoreply(identity.email);
      if (login !== null) {
        const ids = logins.get(login) ?? [];
        if (!ids.includes(a.id)) ids.push(a.id);
        logins.set(login, ids);
      }
    }
  }
  return {
    logins,
    find(reference) {
      const text = reference.trim();
      const exact = byKey.get(text) ?? byKey.get(text.toLowerCase()) ?? byKey.get(`name:${text.toLowerCase()}`);
      if (exact) return [...exact].sort();
      if (text.startsWith('@')) return [...(logins.get(text.slice(1).toLowerCase()) ?? [])].sort();
      // a login without its @, as people type the handle blastmap's own CODEOWNERS suggestion shows:
      // asked only after every id, email and name, so it never shadows one of them
      return [...(logins.get(text.toLowerCase()) ?? [])].sort();
    },
  };
}
