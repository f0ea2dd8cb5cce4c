import type { CoChange } from './model.js';
import { classifyCommit, type CommitClass } from './classify-commit.js';
import type { CommitRecord, FileChange } from './commit-record.js';
import { CouplingCounter, type CouplingThresholds } from './coupling.js';
import { emptyFileState, type FileState, type MonthCount, type PersonState } from './accumulator-state.js';
import { displayName, personKey } from './identity.js';
import type { MarkerRules } from './marker-rules.js';
import { monthOf } from './monthly.js';
import { RenameTracker } from './rename-tracker.js';
import { later } from './time-window.js';

export interface AccumulatorSettings {
  /** root-relative path at HEAD → the key the model uses (the path as ls-files prints it) */
  headFiles: ReadonlyMap<string, string>;
  /** start of the window for commit and churn figures, unix seconds; null for all history */
  since: number | null;
  rules: MarkerRules;
  coupling: CouplingThresholds;
  /** keep what a later run needs to resume from this one (analyzer/incremental/history/snapshot.ts); this part grows with commits */
  resumable?: boolean;
}

/**
 * Aggregates commits as they stream by, newest first. Everything it holds grows with files,
 * people and months, never with commits.
 */
export class HistoryAccumulator {
  readonly files = new Map<string, FileState>();
  readonly people = new Map<string, PersonState>();
  readonly months = new Map<string, MonthCount>();
  readonly aiRuleCounts: Record<string, number> = {};
  readonly aiRuleMatches: Record<string, number> = {};
  commitsRead = 0;
  commitsInWindow = 0;
  aiCommitsInWindow = 0;
  firstInWindow: number | null = null;
  lastInWindow: number | null = null;
  /** `touches`, as added so far */
  private readonly touchList: string[][] = [];
  /** coupling work handed over to be done when coupling is first asked for (deferCoupling) */
  private readonly couplingLater: (() => void)[] = [];
  /** when resumable: paths of changes that belong to no file at HEAD */
  readonly unowned = new Set<string>();
  private readonly renames: RenameTracker;
  private readonly coupling: CouplingCounter;

  constructor(private readonly settings: AccumulatorSettings) {
    this.renames = new RenameTracker(new Set(settings.headFiles.keys()));
    this.coupling = new CouplingCounter(settings.coupling);
    for (const [headPath, key] of settings.headFiles) this.files.set(key, emptyFileState(key, headPath));
  }

  /** Takes one commit; returns how it was classified (the trend counts AI commits per point with it). */
  add(commit: CommitRecord): CommitClass {
    this.commitsRead++;
    const cls = classifyCommit(
      {
        author: { name: commit.authorName, email: commit.authorEmail },
        rawAuthor: { name: commit.rawAuthorName, email: commit.rawAuthorEmail },
        committer: { name: commit.committerName, email: commit.committerEmail },
      },
      commit.message,
      this.settings.rules,
    );
    const person = this.person(commit, cls);
    const inWindow = this.settings.since === null || commit.authorTime >= this.settings.since;
    if (inWindow) this.countWindow(commit, cls);
    const current = this.renames.resolveCommit(commit.changes);
    const touched = new Set<string>();
    commit.changes.forEach((change, i) => {
      const headPath = current[i];
      if (headPath === null || headPath === undefined) {
        if (this.settings.resumable) this.unowned.add(change.path);
        return;
      }
      const key = this.settings.headFiles.get(headPath);
      const file = key === undefined ? undefined : this.files.get(key);
      if (!file) return;
      this.applyChange(file, change, commit, cls, person.key, inWindow, touched.has(file.path));
      touched.add(file.path);
    });
    if (inWindow) this.addCouplingCommit([...touched]);
    return cls;
  }

  /** One window commit's files at HEAD (keys), in the order git log gives the commits. */
  addCouplingCommit(keys: string[]): void {
    if (this.settings.resumable && keys.length > 0) this.touchList.push(keys);
    this.coupling.addCommit(keys);
  }

  /**
   * Coupling commits (`work` calls addCouplingCommit) that come after every commit read so far
   * and are counted only when coupling or the touches are first read: the figures before the
   * report need no co-change pairs, so they can be handed on first (finalizeAuthorship).
   */
  deferCoupling(work: () => void): void {
    this.couplingLater.push(work);
  }

  /** when resumable: each window commit's files (keys), newest first, for coupling to be recounted */
  get touches(): readonly string[][] {
    this.settleCoupling();
    return this.touchList;
  }

  /** The state of the file at `headPath` (root-relative), when it is a file at HEAD. */
  fileAt(headPath: string): FileState | undefined {
    const key = this.settings.headFiles.get(headPath);
    return key === undefined ? undefined : this.files.get(key);
  }

  /** Where the history of an older path continues at HEAD, after the commits read so far. */
  currentPathOf(path: string): string | null {
    return this.renames.currentPathOf(path);
  }

  private person(commit: CommitRecord, cls: CommitClass): PersonState {
    const identity = { name: commit.authorName, email: commit.authorEmail };
    const base = personKey(identity);
    const key = cls.authorKind === 'human' ? base : `${cls.authorKind}:${base}`;
    let person = this.people.get(key);
    const name = displayName(identity.name);
    if (!person) {
      // newest commit first: the name kept is the one in use most recently
      person = { key, name, email: identity.email, kind: cls.authorKind, tool: cls.authorTool, names: [], mailmapped: [], commits: 0, aiCommits: 0, first: commit.authorTime, last: commit.authorTime };
      this.people.set(key, person);
    }
    if (!person.names.includes(name)) person.names.push(name);
    if (commit.rawAuthorName !== commit.authorName || commit.rawAuthorEmail !== commit.authorEmail) {
      const raw = `${displayName(commit.rawAuthorName)}\0${commit.rawAuthorEmail}`;
      if (!person.mailmapped.includes(raw)) person.mailmapped.push(raw);
    }
    person.commits++;
    if (cls.ai.length > 0) person.aiCommits++;
    person.first = Math.min(person.first, commit.authorTime);
    person.last = Math.max(person.last, commit.authorTime);
    return person;
  }

  private countWindow(commit: CommitRecord, cls: CommitClass): void {
    this.commitsInWindow++;
    const ai = cls.ai.length > 0;
    if (ai) this.aiCommitsInWindow++;
    this.firstInWindow = this.firstInWindow === null ? commit.authorTime : Math.min(this.firstInWindow, commit.authorTime);
    this.lastInWindow = this.lastInWindow === null ? commit.authorTime : Math.max(this.lastInWindow, commit.authorTime);
    const month = monthOf(commit.authorTime);
    const point = this.months.get(month) ?? { commits: 0, aiCommits: 0 };
    point.commits++;
    if (ai) point.aiCommits++;
    this.months.set(month, point);
    for (const match of cls.ai) {
      this.aiRuleCounts[match.tool] = (this.aiRuleCounts[match.tool] ?? 0) + 1;
      const rule = `${match.tool}: ${match.rule}`;
      this.aiRuleMatches[rule] = (this.aiRuleMatches[rule] ?? 0) + 1;
    }
  }

  /** `again` is true when the same commit already touched this file under another path. */
  private applyChange(file: FileState, change: FileChange, commit: CommitRecord, cls: CommitClass, person: string, inWindow: boolean, again: boolean): void {
    file.paths.add(change.path);
    if (change.fromPath !== null) file.paths.add(change.fromPath);
    // Avelino et al.'s reference counts an adding commit as first authorship only, and a deletion
    // not at all: neither is a delivery of its author nor an acceptance for anyone else.
    const adds = change.status === 'A';
    const delivers = !adds && change.status !== 'D';
    if (adds) {
      file.creator = person;
      file.adders.add(person);
    }
    if (inWindow) {
      file.linesAdded += change.added;
      file.linesDeleted += change.deleted;
      if (cls.ai.length > 0) file.aiLinesAdded += change.added;
    }
    if (again) return;
    if (inWindow) {
      file.commits++;
      if (cls.ai.length > 0) file.aiCommits++;
    }
    file.totalCommits++;
    if (delivers) {
      file.changes++;
      file.commitsByPerson.set(person, (file.commitsByPerson.get(person) ?? 0) + 1);
    }
    file.lastChange = later(file.lastChange, commit.authorTime);
    if (cls.authorKind === 'human') file.lastHumanChange = later(file.lastHumanChange, commit.authorTime);
  }

  coChanges(): CoChange[] {
    this.settleCoupling();
    return this.coupling.result();
  }

  get couplingCommits(): number {
    this.settleCoupling();
    return this.coupling.commitsCounted;
  }

  private settleCoupling(): void {
    for (let work = this.couplingLater.shift(); work; work = this.couplingLater.shift()) work();
  }
}
