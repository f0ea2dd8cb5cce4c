/**
 * Per-file ownership figures behind the "nobody could explain it" factors: degree of authorship
 * (Fritz et al. 2014; Avelino et al. 2016) and knowledge loss (Tornhill, CodeScene: the share of
 * the code's authorship held by developers who are no longer active).
 */
import type { FileHistory, HistoryAuthor } from '../history/model.js';
import { compareText } from '../core/compare-text.js';
import type { LineShare } from '../history/provenance/model.js';
import { normalName } from '../history/person-match.js';

export interface Person {
  id: string;
  name: string;
  active: boolean;
  lastCommit: string | null;
  /** inactive, but an active human carries the same name: likely an identity .mailmap misses */
  namesakeActive: boolean;
}

export interface Ownership {
  commits: number;
  aiCommits: number;
  linesChanged: number;
  busFactor: number;
  /** 0..1; 1 also when every commit came from agents or bots, since no person ever held it */
  knowledgeLoss: number;
  /** the human with the highest DOA on the file */
  mainAuthor: Person | null;
  /** humans with isAuthor, highest DOA first */
  authors: Person[];
  /** the active human with the highest DOA who is not an author: someone here who knows it a little */
  topActiveContributor: Person | null;
  lastChange: string | null;
}

/** Normalised names of active humans, to spot a departed identity that is one person. */
export function activeNames(people: Iterable<HistoryAuthor>): Set<string> {
  const names = new Set<string>();
  for (const p of people) if (p.kind === 'human' && p.active) names.add(normalName(p.name));
  return names;
}

export function ownershipOf(
  file: FileHistory | undefined,
  people: ReadonlyMap<string, HistoryAuthor>,
  active: ReadonlySet<string> = new Set(),
): Ownership {
  // Authorship uses the whole history; only commit and churn figures follow --since. A file the
  // window did not touch still has its authors.
  if (!file || (file.commits === 0 && file.authors.length === 0)) {
    return { commits: 0, aiCommits: 0, linesChanged: 0, busFactor: 0, knowledgeLoss: 0, mainAuthor: null, authors: [], topActiveContributor: null, lastChange: null };
  }
  const humans = file.authors
    .filter((a) => people.get(a.id)?.kind === 'human')
    .sort((a, b) => b.doa - a.doa || compareText(a.id, b.id));
  const topActive = humans.find((a) => a.active && !a.isAuthor);
  const person = (id: string, isActive: boolean): Person => {
    const who = people.get(id);
    const name = who?.name ?? id;
    return { id, name, active: isActive, lastCommit: who?.lastCommit ?? null, namesakeActive: !isActive && active.has(normalName(name)) };
  };
  return {
    commits: file.commits,
    aiCommits: Math.min(file.aiCommits, file.commits),
    linesChanged: file.linesAdded + file.linesDeleted,
    busFactor: file.busFactor,
    knowledgeLoss: knowledgeLoss(file, humans),
    mainAuthor: humans[0] ? person(humans[0].id, humans[0].active) : null,
    authors: humans.filter((a) => a.isAuthor).map((a) => person(a.id, a.active)),
    topActiveContributor: topActive === undefined ? null : person(topActive.id, true),
    lastChange: file.lastChange,
  };
}

function knowledgeLoss(file: FileHistory, humans: FileHistory['authors']): number {
  if (file.knowledgeLoss !== null && Number.isFinite(file.knowledgeLoss)) return file.knowledgeLoss;
  // No one reached the authorship threshold: weigh every human contributor by DOA instead.
  const total = humans.reduce((s, a) => s + Math.max(0, a.doa), 0);
  if (total === 0) return 1;
  return humans.filter((a) => !a.active).reduce((s, a) => s + Math.max(0, a.doa), 0) / total;
}

/**
 * 0.5^busFactor: 1 with no active author, ½ with one, ¼ with two. The chance that nobody active
 * is left if each author were gone with even odds, so every extra author halves it but a hub
 * owned by a team still ranks above one owned by a crowd.
 */
export function noActiveAuthorValue(busFactor: number): number {
  return 0.5 ** Math.max(0, busFactor);
}

export function aiShareValue(commits: number, aiCommits: number): number {
  return commits > 0 ? Math.min(1, aiCommits / commits) : 0;
}

/** The recorded share of a file's lines an AI tool wrote. */
export function aiLineShareValue(share: LineShare): number {
  return share.lines > 0 ? Math.min(1, share.aiLines / share.lines) : 0;
}

/** Which records a line share comes from, in words. */
export function lineSourceName(share: LineShare): string {
  return share.source === 'git-ai' ? 'git-ai notes' : 'Agent Trace records';
}
