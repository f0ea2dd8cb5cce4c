import type { HistoryAccumulator } from '../../history/accumulator.js';
import { FILE_COUNTERS, type FileState, type PersonState } from '../../history/accumulator-state.js';
import type { HistorySnapshot, SnapshotFile } from './snapshot.js';
import { earlier, later } from '../../history/time-window.js';

/**
 * Continues an accumulator that has read the commits after a snapshot's HEAD (newest first) with
 * the snapshot, as if the log had gone on into the older commits: each file of the old HEAD moves
 * to where the new commits' renames took it, counters add, the older side's creator wins, the
 * newer side's names win, and coupling is recounted commit by commit in log order (when it is first
 * read: the accumulator defers it, so the figures before the report can be handed on first).
 * Returns why it cannot be done exactly (then the caller reads the whole log), or null when done.
 */
export function absorbSnapshot(acc: HistoryAccumulator, base: HistorySnapshot): string | null {
  const moved = base.files.map((file) => acc.currentPathOf(file.headPath));
  const conflict = conflictOf(acc, base, moved);
  if (conflict !== null) return conflict;
  const people = base.people.map((person) => absorbPerson(acc.people, person));
  // each old file's key now (null: gone), worked out once for the many commits that name it
  const keyNow: (string | null)[] = base.files.map((file, i) => {
    const to = moved[i];
    const state = to === null || to === undefined ? undefined : acc.fileAt(to);
    if (!state) {
      acc.unowned.add(file.headPath);
      return null;
    }
    absorbFile(state, file, people);
    return state.path;
  });
  absorbWindow(acc, base);
  // the older commits come after every new one in log order: nothing is added after them
  acc.deferCoupling(() => {
    for (const touch of base.touches) {
      const keys: string[] = [];
      for (const i of touch) {
        const key = keyNow[i];
        if (key !== null && key !== undefined) keys.push(key);
      }
      acc.addCouplingCommit(keys);
    }
  });
  for (const path of base.unowned) acc.unowned.add(path);
  return null;
}

/**
 * Two old files landing on one new file would be counted twice where the whole log counts once;
 * a path that had no file at the old HEAD but has one now (re-added) would own old history the
 * snapshot gave to nobody.
 */
function conflictOf(acc: HistoryAccumulator, base: HistorySnapshot, moved: (string | null)[]): string | null {
  const landed = moved.filter((path): path is string => path !== null);
  if (new Set(landed).size !== landed.length) return 'two files of the cached HEAD became one';
  const oldHead = new Set(base.files.map((file) => file.headPath));
  const revived = base.unowned.find((path) => !oldHead.has(path) && acc.currentPathOf(path) !== null);
  return revived === undefined ? null : `${revived} has history from before the cached HEAD`;
}

function absorbPerson(people: Map<string, PersonState>, older: PersonState): string {
  const known = people.get(older.key);
  if (!known) people.set(older.key, { ...older, names: [...older.names], mailmapped: [...older.mailmapped] });
  else {
    // newest first, as a whole log would have listed them
    for (const name of older.names) if (!known.names.includes(name)) known.names.push(name);
    for (const raw of older.mailmapped) if (!known.mailmapped.includes(raw)) known.mailmapped.push(raw);
    known.commits += older.commits;
    known.aiCommits += older.aiCommits;
    known.first = Math.min(known.first, older.first);
    known.last = Math.max(known.last, older.last);
  }
  return older.key;
}

function absorbFile(state: FileState, older: SnapshotFile, people: readonly string[]): void {
  for (const path of older.paths) state.paths.add(path);
  for (const counter of FILE_COUNTERS) state[counter] += older[counter];
  for (let i = 0; i + 1 < older.byPerson.length; i += 2) {
    const key = people[older.byPerson[i] as number] as string;
    state.commitsByPerson.set(key, (state.commitsByPerson.get(key) ?? 0) + (older.byPerson[i + 1] as number));
  }
  if (older.creator >= 0) state.creator = people[older.creator] ?? null;
  for (const i of older.adders) state.adders.add(people[i] as string);
  state.lastChange = later(state.lastChange, older.lastChange);
  state.lastHumanChange = later(state.lastHumanChange, older.lastHumanChange);
}

function absorbWindow(acc: HistoryAccumulator, base: HistorySnapshot): void {
  acc.commitsRead += base.commitsRead;
  acc.commitsInWindow += base.commitsInWindow;
  acc.aiCommitsInWindow += base.aiCommitsInWindow;
  acc.firstInWindow = earlier(acc.firstInWindow, base.firstInWindow);
  acc.lastInWindow = later(acc.lastInWindow, base.lastInWindow);
  for (const [month, commits, aiCommits] of base.months) {
    const point = acc.months.get(month) ?? { commits: 0, aiCommits: 0 };
    point.commits += commits;
    point.aiCommits += aiCommits;
    acc.months.set(month, point);
  }
  addCounts(acc.aiRuleCounts, base.aiRuleCounts);
  addCounts(acc.aiRuleMatches, base.aiRuleMatches);
}

function addCounts(into: Record<string, number>, older: Readonly<Record<string, number>>): void {
  for (const [key, count] of Object.entries(older)) into[key] = (into[key] ?? 0) + count;
}
