import type { AuthorKind } from './model.js';
import type { AiToolRow, IdentityPattern } from './ai-markers.js';
import { matchBot } from './bots.js';
import { parseIdentity, type Identity } from './identity.js';
import type { MarkerRules } from './marker-rules.js';
import { parseTrailers } from './trailers.js';

export interface AiMatch {
  tool: string;
  /** which marker matched, in words: why the commit counts as AI-assisted */
  rule: string;
}

export interface CommitIdentities {
  /** after .mailmap: who the commit belongs to */
  author: Identity;
  /** as recorded in the commit, before .mailmap (a mailmap may drop the ` (aider)` suffix) */
  rawAuthor: Identity;
  committer: Identity;
}

export interface CommitClass {
  authorKind: AuthorKind;
  authorTool: string | null;
  ai: AiMatch[];
}

type Role = 'author' | 'committer' | 'co-author';

function identityMatches(pattern: IdentityPattern, identity: Identity): boolean {
  if (pattern.name === undefined && pattern.email === undefined) return false;
  if (pattern.name && !pattern.name.test(identity.name)) return false;
  if (pattern.email && !pattern.email.test(identity.email)) return false;
  return true;
}

function identityRule(row: AiToolRow, identity: Identity, role: Role, agentOnly: boolean): IdentityPattern | null {
  for (const pattern of row.identities) {
    if (pattern.coAuthorOnly && role !== 'co-author') continue;
    if (agentOnly && pattern.assistsPerson) continue;
    if (identityMatches(pattern, identity)) return pattern;
  }
  return null;
}

/** Co-authors from the trailer block, plus whole `Co-authored-by:` lines anywhere (squash merges). */
function coAuthors(message: string, trailers: { key: string; value: string }[]): Identity[] {
  const values = trailers.filter((t) => t.key.toLowerCase() === 'co-authored-by').map((t) => t.value);
  for (const line of message.split('\n')) {
    const match = /^co-authored-by:\s*(.+)$/i.exec(line.trim());
    if (match?.[1]) values.push(match[1]);
  }
  return [...new Set(values)].map(parseIdentity);
}

function whoIs(identities: CommitIdentities, rules: MarkerRules): { kind: AuthorKind; tool: string | null; known: boolean } {
  for (const row of rules.tools) {
    for (const identity of [identities.author, identities.rawAuthor]) {
      if (identityRule(row, identity, 'author', true)) return { kind: 'agent', tool: row.tool, known: false };
    }
  }
  const bot = matchBot(identities.author, rules.bots) ?? matchBot(identities.rawAuthor, rules.bots);
  return bot ? { kind: 'bot', tool: bot.tool, known: bot.known } : { kind: 'human', tool: null, known: false };
}

function aiMatches(identities: CommitIdentities, message: string, rules: MarkerRules): AiMatch[] {
  const trailers = parseTrailers(message);
  const subject = message.split('\n', 1)[0] ?? '';
  const bodyLines = message.split('\n').map((line) => line.trim());
  const people: [Role, Identity][] = [
    ['author', identities.rawAuthor],
    ['author', identities.author],
    ['committer', identities.committer],
    ...coAuthors(message, trailers).map((identity): [Role, Identity] => ['co-author', identity]),
  ];
  const found: AiMatch[] = [];
  for (const row of rules.tools) {
    const rule = firstRule(row, people, trailers, subject, bodyLines);
    if (rule) found.push({ tool: row.tool, rule });
  }
  return found;
}

/** Names the pattern, not the person, so an anonymized report leaks no address. */
function describe(pattern: IdentityPattern): string {
  const parts: string[] = [];
  if (pattern.name) parts.push(`name ${String(pattern.name)}`);
  if (pattern.email) parts.push(`email ${String(pattern.email)}`);
  return parts.join(' and ');
}

function firstRule(row: AiToolRow, people: [Role, Identity][], trailers: { key: string; value: string }[], subject: string, bodyLines: string[]): string | null {
  for (const [role, identity] of people) {
    const pattern = identityRule(row, identity, role, false);
    if (pattern) return `${role} ${describe(pattern)}`;
  }
  for (const trailer of trailers) {
    for (const pattern of row.trailers) {
      if (pattern.key.test(trailer.key) && (!pattern.value || pattern.value.test(trailer.value))) return `trailer ${trailer.key}`;
    }
  }
  if (row.subjects.some((pattern) => pattern.test(subject))) return 'subject';
  if (row.bodyLines.some((pattern) => bodyLines.some((line) => pattern.test(line)))) return 'body line';
  return null;
}

/**
 * Who made the commit (human, agent or bot) and which AI markers it carries. A known dependency or
 * release bot is never AI, whatever it carries; any other bot account whose commit carries an AI
 * marker is an agent (an in-house coding agent), named by the AI tool that marked it.
 */
export function classifyCommit(identities: CommitIdentities, message: string, rules: MarkerRules): CommitClass {
  const { kind, tool, known } = whoIs(identities, rules);
  if (kind === 'bot' && known) return { authorKind: kind, authorTool: tool, ai: [] };
  const ai = aiMatches(identities, message, rules);
  if (kind === 'bot' && ai.length > 0) return { authorKind: 'agent', authorTool: (ai[0] as AiMatch).tool, ai };
  return { authorKind: kind, authorTool: tool, ai };
}
