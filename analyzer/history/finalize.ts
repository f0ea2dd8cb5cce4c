import type { AuthorAlias, FileAuthorship, FileHistory, HistoryAuthor, HistoryAuthorship, HistoryCoupling, HistoryModel } from './model.js';
import type { HistoryAccumulator } from './accumulator.js';
import type { FileState, PersonState } from './accumulator-state.js';
import { fileAuthorship, type DoaInput } from './doa.js';
import { samePersonMerge } from './same-person.js';
import { authorId } from './identity.js';
import { monthlySeries } from './monthly.js';
import { truckFactor } from './truck-factor.js';
import { isoOf } from './time-window.js';
import { activeFigures } from './leaving.js';

export interface RepoFacts {
  head: string | null;
  branch: string | null;
  shallow: boolean;
  /** the log was read back to its root commit (HistoryModel.complete) */
  complete: boolean;
  /** unix seconds */
  now: number;
  activityDays: number;
  /** merge humans who share a full name (report contract, "People"); off leaves only .mailmap's merges */
  mergeSameName: boolean;
}


function fileHistory(file: FileState, people: ReadonlyMap<string, PersonState>, canonical: ReadonlyMap<string, string>, ids: ReadonlyMap<string, string>, isActive: (p: PersonState) => boolean, iso: (t: number | null) => string | null): FileHistory {
  // one pass per step: this runs for every file at HEAD on every run
  const deliveries = new Map<string, number>();
  for (const [key, commits] of file.commitsByPerson) {
    const person = canonical.get(key) ?? key;
    deliveries.set(person, (deliveries.get(person) ?? 0) + commits);
  }
  const firsts = new Set<string>();
  for (const key of file.adders) firsts.add(canonical.get(key) ?? key);
  // every contributor once (the order is the sort's below): those who delivered, then adders who did not
  const humans: DoaInput[] = [];
  const human = (person: string): boolean => people.get(person)?.kind === 'human';
  for (const [person, count] of deliveries) if (human(person)) humans.push({ person, deliveries: count, firstAuthorship: firsts.has(person) });
  for (const person of firsts) if (!deliveries.has(person) && human(person)) humans.push({ person, deliveries: 0, firstAuthorship: true });
  const authors: FileAuthorship[] = [];
  for (const s of fileAuthorship(humans, file.changes)) {
    authors.push({ id: ids.get(s.person) as string, doa: s.doa, commits: s.deliveries, firstAuthorship: s.firstAuthorship, isAuthor: s.isAuthor, active: isActive(people.get(s.person) as PersonState) });
  }
  authors.sort((x, y) => y.doa - x.doa || (x.id < y.id ? -1 : 1));
  const { busFactor, knowledgeLoss } = activeFigures(authors);
  const formerPaths: string[] = [];
  for (const path of file.paths) if (path !== file.headPath) formerPaths.push(path);
  return {
    path: file.path,
    formerPaths,
    commits: file.commits,
    linesAdded: file.linesAdded,
    linesDeleted: file.linesDeleted,
    aiCommits: file.aiCommits,
    aiLinesAdded: file.aiLinesAdded,
    busFactor,
    authors,
    createdBy: file.creator === null ? null : (ids.get(canonical.get(file.creator) ?? file.creator) ?? null),
    lastChange: iso(file.lastChange),
    lastHumanChange: iso(file.lastHumanChange),
    knowledgeLoss,
  };
}

/** isoOf, worked out once per time: many files share the commit that last changed them. */
function isoPerTime(): (t: number | null) => string | null {
  const known = new Map<number, string>();
  return (t) => {
    if (t === null) return null;
    let text = known.get(t);
    if (text === undefined) known.set(t, (text = isoOf(t)));
    return text;
  };
}

/** Turns the streamed counters into the model the later stages read. */
export function finalizeModel(acc: HistoryAccumulator, facts: RepoFacts): HistoryModel {
  return { ...finalizeAuthorship(acc, facts), ...finalizeCoupling(acc) };
}

/** The co-change pairs: counting them is the accumulator's last step when a run resumes (absorb.ts). */
export function finalizeCoupling(acc: HistoryAccumulator): HistoryCoupling {
  return { coChanges: acc.coChanges(), couplingCommits: acc.couplingCommits };
}

/** Everything but the co-change pairs. */
export function finalizeAuthorship(acc: HistoryAccumulator, facts: RepoFacts): HistoryAuthorship {
  const { canonical, merged } = samePersonMerge(acc.people.values(), facts.mergeSameName);
  const people = mergedPeople(acc.people, canonical);
  const ids = new Map([...people.keys()].map((key) => [key, authorId(key)]));
  const since = facts.now - facts.activityDays * 86_400;
  const isActive = (p: PersonState): boolean => p.last >= since;
  const files = new Map<string, FileHistory>();
  const iso = isoPerTime();
  for (const [key, state] of acc.files) files.set(key, fileHistory(state, people, canonical, ids, isActive, iso));
  const authoredCounts = new Map<string, number>();
  for (const file of files.values()) for (const a of file.authors) if (a.isAuthor) authoredCounts.set(a.id, (authoredCounts.get(a.id) ?? 0) + 1);
  const authors: HistoryAuthor[] = [...people.values()]
    .map((p) => {
      const id = ids.get(p.key) as string;
      const aliases = aliasesOf(p.key, acc.people, merged.get(p.key) ?? []);
      return { id, name: p.name, email: p.email, kind: p.kind, tool: p.tool, commits: p.commits, aiCommits: p.aiCommits, firstCommit: isoOf(p.first), lastCommit: isoOf(p.last), active: isActive(p), filesAuthored: authoredCounts.get(id) ?? 0, aliases };
    })
    .sort((x, y) => y.commits - x.commits || (x.id < y.id ? -1 : 1));
  // files with history: a file only staged, never committed, has no authorship to lose
  const withHistory = [...acc.files.values()].filter((f) => f.totalCommits > 0).map((f) => files.get(f.path) as FileHistory);
  const tf = truckFactor(withHistory.map((f) => f.authors.filter((a) => a.isAuthor).map((a) => a.id)));
  return {
    available: true,
    head: facts.head,
    branch: facts.branch,
    shallow: facts.shallow,
    complete: facts.complete,
    commitsAnalyzed: acc.commitsInWindow,
    firstCommitDate: isoOf(acc.firstInWindow),
    lastCommitDate: isoOf(acc.lastInWindow),
    now: isoOf(facts.now),
    files,
    authors,
    truckFactor: tf.value,
    truckFactorAuthors: tf.removed,
    aiCommitRatio: acc.commitsInWindow > 0 ? acc.aiCommitsInWindow / acc.commitsInWindow : null,
    monthly: monthlySeries(acc.months),
    aiRuleCounts: { ...acc.aiRuleCounts },
    aiRuleMatches: { ...acc.aiRuleMatches },
  };
}

/** One state per person after merging: counts add, the name kept is the one used most recently. */
function mergedPeople(raw: ReadonlyMap<string, PersonState>, canonical: ReadonlyMap<string, string>): Map<string, PersonState> {
  const people = new Map<string, PersonState>();
  const latest = new Map<string, number>();
  for (const person of raw.values()) {
    const key = canonical.get(person.key) ?? person.key;
    if (key === person.key && !people.has(key)) {
      people.set(key, person);
      continue;
    }
    const main = raw.get(key) as PersonState;
    let into = people.get(key);
    if (into === undefined || into === main) {
      into = { ...main };
      people.set(key, into);
    }
    if (person === main) continue;
    if (person.last > (latest.get(key) ?? main.last)) {
      into.name = person.name;
      latest.set(key, person.last);
    }
    into.commits += person.commits;
    into.aiCommits += person.aiCommits;
    into.first = Math.min(into.first, person.first);
    into.last = Math.max(into.last, person.last);
  }
  return people;
}

/** Every identity that became this person: what .mailmap rewrote, then the addresses merged by name. */
function aliasesOf(key: string, raw: ReadonlyMap<string, PersonState>, mergedKeys: readonly string[]): AuthorAlias[] {
  const aliases: AuthorAlias[] = [];
  const mailmapped = (person: PersonState): void => {
    for (const identity of person.mailmapped) {
      const [name = '', email = ''] = identity.split('\0');
      aliases.push({ name, email, rule: 'mailmap' });
    }
  };
  mailmapped(raw.get(key) as PersonState);
  for (const other of mergedKeys) {
    const person = raw.get(other) as PersonState;
    aliases.push({ name: person.name, email: person.email, rule: 'same-name' });
    mailmapped(person);
  }
  return aliases;
}
