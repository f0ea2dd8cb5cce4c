import { createHash } from 'node:crypto';

export interface Identity {
  name: string;
  email: string;
}

/** `Name <email>` as written in a Co-authored-by trailer; a bare address counts as the email. */
export function parseIdentity(text: string): Identity {
  const match = /^(.*?)\s*<([^<>]*)>\s*$/.exec(text.trim());
  if (match) return { name: (match[1] ?? '').trim(), email: (match[2] ?? '').trim() };
  const bare = text.trim();
  return bare.includes('@') ? { name: '', email: bare } : { name: bare, email: '' };
}

/** People are told apart by email after .mailmap; without an email, by name. */
export function personKey(identity: Identity): string {
  const email = identity.email.trim().toLowerCase();
  return email.length > 0 ? email : `name:${identity.name.trim().toLowerCase()}`;
}

/** A short stable id: the same email always gives the same id, in every report. */
export function authorId(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

const AIDER_SUFFIX = / \(aider\)$/i;

/** aider appends ` (aider)` to the human's name; the person is the same. */
export function displayName(name: string): string {
  return name.replace(AIDER_SUFFIX, '');
}
