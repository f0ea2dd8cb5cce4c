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
  const gone = new Set(leaving);
  const before = report.modules.map((m) => activeAuthorsAfter(m, new Set()).length > 0);
  const after = report.modules.map((m) => activeAuthorsAfter(m, gone).length > 0);
  const modules = report.modules
    .map((m, i) => ({ m, i }))
    .filter(({ m, i }) => m.kind === 'source' && before[i] && !after[i])
    .sort((a, b) => b.m.graph.blastRadius - a.m.graph.blastRadius || (a.m.path < b.m.path ? -1 : 1))
    .map(({ m }) => m.path);
  return {
    leaving: [...leaving],
    modules,
    areas: areasLosingLastAuthor(report, before, after),
    truckFactorBefore: report.summary.truckFactor,
    truckFactorAfter: report.repo.head === null ? null : truckFactorWithout(report, gone),
  };
}

function areasLosingLastAuthor(report: Report, before: readonly boolean[], after: readonly boolean[]): string[] {
  interface Tally { sources: number; sourcesBefore: number; sourcesAfter: number; before: number; after: number }
  const tally = new Map<string, Tally>();
  report.modules.forEach((m, i) => {
    const source = m.kind === 'source' ? 1 : 0;
    for (let area = m.area; ; area = parentOf(area)) {
      let t = tally.get(area);
      if (!t) tally.set(area, (t = { sources: 0, sourcesBefore: 0, sourcesAfter: 0, before: 0, after: 0 }));
      t.sources += source;
      if (source && before[i]) t.sourcesBefore++;
      if (source && after[i]) t.sourcesAfter++;
      if (before[i]) t.before++;
      if (after[i]) t.after++;
      if (area === '.') break;
    }
  });
  const out: string[] = [];
  for (const area of report.areas) {
    const t = tally.get(area.path);
    if (!t) continue;
    const [had, has] = t.sources > 0 ? [t.sourcesBefore, t.sourcesAfter] : [t.before, t.after];
    if (had > 0 && has === 0) out.push(area.path);
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
