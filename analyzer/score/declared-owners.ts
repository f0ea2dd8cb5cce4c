/**
 * Declared owners against real ones (report contract, schema 2, "Declared owners"): what the
 * repository's CODEOWNERS gives each module by GitHub's rules, how many of those owners are
 * active authors of it by degree of authorship, and who those active authors are.
 *
 * An owner is mapped to people by the `declaredOwners` config key first; else `@login` by the
 * GitHub noreply addresses in the history (`123+login@users.noreply.github.com`), and an email by
 * the authors' addresses. A team (`@org/team`) is known only through the config key. An owner
 * counts toward `activeDeclared` when any person it maps to is an active author (DOA) of the file.
 *
 * Areas aggregate their modules (every module below the area): `declared` is the distinct owners
 * declared for any of them, most modules first; `activeDeclared` counts those that are an active
 * author of at least one module they are declared for there; `suggested` the active authors of the
 * most of its modules, at most AREA_SUGGESTED of them.
 */
import type { AnalyzeOptions } from '../core/options.js';
import { compareText } from '../core/compare-text.js';
import type { WarningSink } from '../core/warnings.js';
import type { Codeowners } from '../graph/codeowners/read.js';
import { ownersOf } from '../graph/codeowners/parse.js';
import type { ModuleGraph } from '../graph/model.js';
import { indexPeople } from '../history/find-person.js';
import type { FileHistory, HistoryAuthorship } from '../history/model.js';
import { chainOfPath } from '../metrics/area-tree.js';

export const AREA_SUGGESTED = 5;

export interface OwnersFigures {
  declared: string[] | null;
  activeDeclared: number | null;
  suggested: string[];
}

export interface DeclaredOwner {
  /** as written in CODEOWNERS */
  owner: string;
  /** author ids it maps to; empty when blastmap cannot tell who it is */
  people: string[];
  /** modules CODEOWNERS gives it */
  modules: number;
  /** of those, modules one of its people is an author of by DOA */
  authored: number;
  /** of those, modules one of its people is an active author of */
  activeAuthored: number;
}

export interface DeclaredOwnersResult {
  modules: Map<string, OwnersFigures>;
  areas: Map<string, OwnersFigures>;
  /** null without a CODEOWNERS file */
  file: { path: string; used: boolean; rules: number; text: string | null } | null;
  owners: DeclaredOwner[];
  /** lowercase GitHub login of each author id known by one (noreply address or the config key) */
  loginOf: Map<string, string>;
}

export function declaredOwners(graph: ModuleGraph, history: HistoryAuthorship | null, codeowners: Codeowners | null, options: Pick<AnalyzeOptions, 'declaredOwners'>, warnings: WarningSink): DeclaredOwnersResult {
  const peopleOf = ownerMapping(history, options.declaredOwners, warnings);
  const rules = codeowners?.used ? codeowners.rules : [];
  const modules = new Map<string, OwnersFigures>();
  const stats = new Map<string, { modules: number; authored: number; activeAuthored: number }>();
  const areaAcc = new Map<string, { declared: Map<string, number>; activeTokens: Set<string>; anyDeclared: boolean; suggested: Map<string, number> }>();
  const chainOf = chainOfPath();
  for (const module of graph.modules) {
    const file = history?.files.get(module.path);
    const active = activeAuthors(file);
    const authors = new Set(file?.authors.filter((a) => a.isAuthor).map((a) => a.id) ?? []);
    const rule = codeowners === null ? null : ownersOf(rules, module.path);
    const declared = rule === null ? null : [...rule.owners];
    let activeDeclared: number | null = null;
    const activeTokens: string[] = [];
    if (declared !== null && history !== null) {
      for (const owner of declared) {
        const people = peopleOf(owner);
        const s = stats.get(owner) ?? { modules: 0, authored: 0, activeAuthored: 0 };
        s.modules++;
        if (people.some((id) => authors.has(id))) s.authored++;
        if (people.some((id) => active.includes(id))) {
          s.activeAuthored++;
          activeTokens.push(owner);
        }
        stats.set(owner, s);
      }
      activeDeclared = activeTokens.length;
    } else if (declared !== null) for (const owner of declared) stats.set(owner, { modules: (stats.get(owner)?.modules ?? 0) + 1, authored: 0, activeAuthored: 0 });
    modules.set(module.path, { declared, activeDeclared, suggested: active });
    for (const area of chainOf(module.path)) {
      let acc = areaAcc.get(area);
      if (!acc) areaAcc.set(area, (acc = { declared: new Map(), activeTokens: new Set(), anyDeclared: false, suggested: new Map() }));
      if (declared !== null) acc.anyDeclared = true;
      for (const owner of declared ?? []) acc.declared.set(owner, (acc.declared.get(owner) ?? 0) + 1);
      for (const owner of activeTokens) acc.activeTokens.add(owner);
      for (const id of active) acc.suggested.set(id, (acc.suggested.get(id) ?? 0) + 1);
    }
  }
  const areas = new Map<string, OwnersFigures>();
  for (const [area, acc] of areaAcc) {
    areas.set(area, {
      declared: acc.anyDeclared ? byCount(acc.declared) : null,
      activeDeclared: acc.anyDeclared && history !== null ? acc.activeTokens.size : null,
      suggested: byCount(acc.suggested).slice(0, AREA_SUGGESTED),
    });
  }
  const owners = [...stats].map(([owner, s]) => ({ owner, people: peopleOf(owner), ...s })).sort((a, b) => b.modules - a.modules || compareText(a.owner, b.owner));
  const file = codeowners === null ? null : { path: codeowners.path, used: codeowners.used, rules: codeowners.rules.length, text: codeowners.text };
  return { modules, areas, file, owners, loginOf: loginsOf(history, options.declaredOwners, peopleOf) };
}

/** The file's active authors by DOA (history/finalize.ts sorts them most DOA first). */
function activeAuthors(file: FileHistory | undefined): string[] {
  return file?.authors.filter((a) => a.isAuthor && a.active).map((a) => a.id) ?? [];
}

function byCount(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([key]) => key);
}

/** owner text -> author ids; config first, then noreply logins and authors' addresses. */
function ownerMapping(history: HistoryAuthorship | null, config: Record<string, string | string[]>, warnings: WarningSink): (owner: string) => string[] {
  if (history === null) return () => [];
  const index = indexPeople(history.authors);
  const configured = new Map<string, string[]>();
  for (const [key, value] of Object.entries(config)) {
    const ids = new Set<string>();
    for (const reference of Array.isArray(value) ? value : [value]) {
      const found = index.find(reference);
      if (found.length === 0) warnings.add('declared-owner-unknown', `config declaredOwners["${oneLine(key)}"]: no author in the history is '${oneLine(reference)}'`);
      for (const id of found) ids.add(id);
    }
    configured.set(key.toLowerCase(), [...ids].sort());
  }
  const found = new Map<string, string[]>();
  return (owner) => {
    let ids = found.get(owner);
    if (ids === undefined) {
      ids = configured.get(owner.toLowerCase()) ?? (owner.startsWith('@') && !owner.includes('/') ? (index.logins.get(owner.slice(1).toLowerCase()) ?? []) : owner.startsWith('@') ? [] : index.find(owner));
      found.set(owner, ids);
    }
    return ids;
  };
}

/** Each author id known by a GitHub login: from the config key's `@login` entries, then noreply addresses. */
function loginsOf(history: HistoryAuthorship | null, config: Record<string, string | string[]>, peopleOf: (owner: string) => string[]): Map<string, string> {
  const logins = new Map<string, string>();
  if (history === null) return logins;
  for (const key of Object.keys(config)) {
    if (!key.startsWith('@') || key.includes('/')) continue;
    for (const id of peopleOf(key)) if (!logins.has(id)) logins.set(id, key.slice(1));
  }
  for (const [login, ids] of indexPeople(history.authors).logins) for (const id of ids) if (!logins.has(id)) logins.set(id, login);
  return logins;
}

function oneLine(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
}
