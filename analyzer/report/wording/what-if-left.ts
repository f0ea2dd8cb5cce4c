/**
 * "What if they left" from a finished report alone (report contract, schema 2, "As if someone
 * left"): report.md's section for the truck-factor people and the viewer's picker both come from
 * this one function, so they never disagree. Every module carries its DOA authors with `isAuthor`
 * and `active` (modules[].history.authors), which is all it needs: a module keeps an active author
 * when one of its active authors stays. Pure and browser-safe (the viewer bundles it).
 */
import type { Report, ReportModule } from '../schema/index.js';

export interface WhatIfLeft {
  leaving: string[];
  /** source modules that have an active author now and would have none, most dependents first */
  modules: string[];
  /** areas (their source modules, or all their modules when they have no source module) that would lose their last active author */
  areas: string[];
  truckFactorBefore: number | null;
  /** the truck factor of the people who stay, counted as summary.truckFactor is (source modules with history) */
  truckFactorAfter: number | null;
}

/** Active DOA authors of a module once `gone` have left. */
export function activeAuthorsAfter(module: ReportModule, gone: ReadonlySet<string>): string[] {
  const ids: string[] = [];
  for (const a of module.history?.authors ?? []) if (a.isAuthor && a.active && !gone.has(a.id)) ids.push(a.id);
  return ids;
}

export function whatIfLeft(report: Report, leaving: readonly string[]): WhatIfLeft {
  return leavingFigures(report)(leaving);
}

/**
 * whatIfLeft for several people in turn (report.md asks it for each truck-factor person): what
 * does not depend on who leaves (which modules have an active author now, and whom; each module's
 * areas; how many of each area's modules have one) is worked out once. Per question only the
 * modules one of the leaving people actively authors are looked at again.
 */
export function leavingFigures(report: Report): (leaving: readonly string[]) => WhatIfLeft {
  const none = new Set<string>();
  const activeNow = report.modules.map((m) => activeAuthorsAfter(m, none));
  const before = activeNow.map((ids) => ids.length > 0);
  // the modules each person is an active DOA author of
  const authored = new Map<string, number[]>();
  activeNow.forEach((ids, i) => {
    for (const id of ids) {
      const list = authored.get(id);
      if (list) list.push(i);
      else authored.set(id, [i]);
    }
  });
  const areaIndex = new Map<string, number>();
  const tallies: Tally[] = [];
  const chains = report.modules.map((m, i) => {
    const source = m.kind === 'source';
    const chain: number[] = [];
    for (let area = m.area; ; area = parentOf(area)) {
      let at = areaIndex.get(area);
      if (at === undefined) {
        areaIndex.set(area, (at = tallies.length));
        tallies.push({ sources: 0, sourcesBefore: 0, before: 0 });
      }
      const t = tallies[at]!;
      if (source) t.sources++;
      if (source && before[i]) t.sourcesBefore++;
      if (before[i]) t.before++;
      chain.push(at);
      if (area === '.') break;
    }
    return chain;
  });
  return (leaving) => {
    const gone = new Set(leaving);
    // the modules that had an active author and would have none: only those an active author of which leaves
    const candidates = new Set<number>();
    for (const id of gone) for (const i of authored.get(id) ?? []) candidates.add(i);
    const lost = [...candidates].filter((i) => activeAuthorsAfter(report.modules[i]!, gone).length === 0);
    const modules = lost
      .map((i) => report.modules[i]!)
      .filter((m) => m.kind === 'source')
      .sort((a, b) => b.graph.blastRadius - a.graph.blastRadius || (a.path < b.path ? -1 : 1))
      .map((m) => m.path);
    return {
      leaving: [...leaving],
      modules,
      areas: areasLosingLastAuthor(report, areaIndex, tallies, lost.map((i) => ({ chain: chains[i]!, source: report.modules[i]!.kind === 'source' }))),
      truckFactorBefore: report.summary.truckFactor,
      truckFactorAfter: report.repo.head === null ? null : truckFactorWithout(report, gone),
    };
  };
}

/** Per area: its source modules, and how many of them (and of all its modules) have an active author now. */
interface Tally { sources: number; sourcesBefore: number; before: number }

/**
 * The areas (their source modules, or all their modules when they have no source module) whose
 * modules with an active author would all be among the lost ones.
 */
function areasLosingLastAuthor(report: Report, areaIndex: ReadonlyMap<string, number>, tallies: readonly Tally[], lost: readonly { chain: readonly number[]; source: boolean }[]): string[] {
  const lostSources = new Map<number, number>();
  const lostAll = new Map<number, number>();
  for (const { chain, source } of lost) {
    for (const at of chain) {
      lostAll.set(at, (lostAll.get(at) ?? 0) + 1);
      if (source) lostSources.set(at, (lostSources.get(at) ?? 0) + 1);
    }
  }
  const out: string[] = [];
  for (const area of report.areas) {
    const at = areaIndex.get(area.path);
    if (at === undefined) continue;
    const t = tallies[at]!;
    const [had, gone] = t.sources > 0 ? [t.sourcesBefore, lostSources.get(at) ?? 0] : [t.before, lostAll.get(at) ?? 0];
    if (had > 0 && had === gone) out.push(area.path);
  }
  return out;
}

function parentOf(area: string): string {
  const slash = area.lastIndexOf('/');
  return slash <= 0 ? '.' : area.slice(0, slash);
}

/**
 * Avelino et al.'s greedy (history/truck-factor.ts, the one the analyzer runs): remove the author
 * of the most files, ties to the smaller id, until fewer than half the files have an author left.
 */
export function truckFactorWithout(report: Report, gone: ReadonlySet<string>): number | null {
  const files: string[][] = [];
  for (const m of report.modules) {
    if (m.kind !== 'source' || !m.history || m.history.lastChange === null) continue;
    files.push(m.history.authors.filter((a) => a.isAuthor && !gone.has(a.id)).map((a) => a.id));
  }
  return greedyTruckFactor(files);
}

/** The greedy over author lists, one per file; null without files. */
export function greedyTruckFactor(fileAuthors: readonly (readonly string[])[]): number | null {
  const files = fileAuthors.map((ids) => [...new Set(ids)]);
  if (files.length === 0) return null;
  const filesOf = new Map<string, number[]>();
  const left = files.map((ids) => ids.length);
  let covered = left.filter((n) => n > 0).length;
  files.forEach((ids, i) => {
    for (const id of ids) {
      const list = filesOf.get(id);
      if (list) list.push(i);
      else filesOf.set(id, [i]);
    }
  });
  const order = [...filesOf].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  let removed = 0;
  for (const [, list] of order) {
    if (covered * 2 < files.length) break;
    removed++;
    for (const i of list) {
      left[i] = (left[i] as number) - 1;
      if (left[i] === 0) covered--;
    }
  }
  return removed;
}
