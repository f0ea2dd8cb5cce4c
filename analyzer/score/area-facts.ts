/**
 * Per-area figures. Counts and history sums cover every module in the area; ownership (bus
 * factor, authors, knowledge loss) covers its source modules, or its other modules (tests, examples, tooling) when it has nothing
 * else, weighted by lines of code as CodeScene weighs knowledge loss.
 */
import { chainOfPath } from '../metrics/area-tree.js';
import { busFactorOf } from './area-bus-factor.js';
import type { AreaReach } from '../metrics/area-reach.js';
import type { ModuleFacts } from './module-facts.js';
import type { AreaAuthor } from './model.js';
import { noActiveAuthorValue, type Person } from './ownership.js';

export interface AreaFacts {
  path: string;
  modules: number;
  testModules: number;
  blastRadius: number;
  directDependents: number;
  /** null without git history */
  busFactor: number | null;
  /** the active authors the truck-factor greedy removes, in order: the bus factor's people */
  busFactorAuthors: string[];
  aiCommitRatio: number | null;
  commits: number;
  aiCommits: number;
  linesChanged: number;
  /** humans who are authors of at least one of its files, most files first */
  authors: (AreaAuthor & Pick<Person, 'name' | 'lastCommit' | 'namesakeActive'>)[];
  /** files in the ownership scope, and how many of them have an active author: the bus factor's ground */
  scopeFiles: number;
  filesWithActiveAuthor: number;
  /** LOC-weighted means over the ownership scope, each 0..1 */
  orphanedShare: number;
  noActiveAuthor: number;
  knowledgeLoss: number;
  churn: number;
}

type Author = AreaFacts['authors'][number];
interface Scope { loc: number; orphaned: number; noActive: number; loss: number; churn: number; files: string[][]; authors: Map<string, Author> }
interface Totals { all: number; tests: number; commits: number; ai: number; lines: number; prod: Scope; test: Scope }

export function gatherAreaFacts(
  paths: readonly string[],
  facts: readonly ModuleFacts[],
  churn: readonly number[],
  reach: ReadonlyMap<string, AreaReach>,
): AreaFacts[] {
  const hasHistory = facts.some((f) => f.ownership !== null);
  const acc = new Map<string, Totals>();
  const blank = (): Scope => ({ loc: 0, orphaned: 0, noActive: 0, loss: 0, churn: 0, files: [], authors: new Map() });
  for (const path of paths) acc.set(path, { all: 0, tests: 0, commits: 0, ai: 0, lines: 0, prod: blank(), test: blank() });

  const chainOf = chainOfPath();
  facts.forEach((f, i) => {
    const o = f.ownership;
    const chain = chainOf(f.path);
    // one list per module, shared by its areas (the truck factor only reads it)
    const activeIds = o?.authors.filter((p) => p.active).map((p) => p.id) ?? [];
    for (const area of chain) {
      const a = acc.get(area)!;
      a.all++;
      if (f.kind === 'test') a.tests++;
      if (o === null) continue;
      a.commits += o.commits;
      a.ai += o.aiCommits;
      a.lines += o.linesChanged;
      const s = f.source ? a.prod : a.test;
      s.loc += f.loc;
      s.orphaned += o.busFactor === 0 ? f.loc : 0;
      s.noActive += f.loc * noActiveAuthorValue(o.busFactor);
      s.loss += f.loc * o.knowledgeLoss;
      s.churn += f.loc * churn[i]!;
      s.files.push(activeIds);
      for (const p of o.authors) {
        const entry = s.authors.get(p.id) ?? { id: p.id, files: 0, active: p.active, name: p.name, lastCommit: p.lastCommit, namesakeActive: p.namesakeActive };
        entry.files++;
        s.authors.set(p.id, entry);
      }
    }
  });

  return paths.map((path) => {
    const a = acc.get(path)!;
    const scope = a.prod.files.length > 0 ? a.prod : a.test;
    const r = reach.get(path) ?? { blastRadius: 0, directDependents: 0 };
    const mean = (x: number): number => (scope.loc > 0 ? x / scope.loc : 0);
    const bus = hasHistory ? busFactorOf(scope.files) : null;
    return {
      path,
      modules: a.all,
      testModules: a.tests,
      blastRadius: r.blastRadius,
      directDependents: r.directDependents,
      busFactor: bus === null ? null : bus.busFactor,
      busFactorAuthors: bus === null ? [] : bus.removed,
      aiCommitRatio: a.commits > 0 ? Math.min(1, a.ai / a.commits) : null,
      commits: a.commits,
      aiCommits: a.ai,
      linesChanged: a.lines,
      authors: [...scope.authors.values()].sort((x, y) => y.files - x.files || (x.id < y.id ? -1 : 1)),
      scopeFiles: scope.files.length,
      filesWithActiveAuthor: scope.files.reduce((n, ids) => n + (ids.length > 0 ? 1 : 0), 0),
      orphanedShare: mean(scope.orphaned),
      noActiveAuthor: mean(scope.noActive),
      knowledgeLoss: mean(scope.loss),
      churn: mean(scope.churn),
    };
  });
}
