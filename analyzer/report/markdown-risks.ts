/**
 * The riskiest areas and modules, with the one-sentence why next to the figures. Without git
 * history nothing has a risk level: the same tables then rank by blast radius (structure only).
 */
import { areaOf } from '../metrics/area-tree.js';
import { md, table } from './markdown-escape.js';
import { percent, riskLabel, type Lookup } from './markdown-lookup.js';
import type { ReportArea, ReportModule } from './schema/index.js';
import { capital } from './wording/capital.js';
import { NO_HISTORY_HEADLINE } from './wording/limits.js';
import { compareText } from '../core/compare-text.js';

const score = (x: { risk: { score: number | null } }): number => x.risk.score ?? 0;

export function topModules(l: Lookup, top: number): ReportModule[] {
  const byPath = (a: ReportModule, b: ReportModule) => compareText(a.path, b.path);
  if (!l.hasHistory) {
    return l.report.modules
      .filter((m) => m.graph.blastRadius > 0)
      .sort((a, b) => b.graph.blastRadius - a.graph.blastRadius || b.graph.fanIn - a.graph.fanIn || byPath(a, b))
      .slice(0, top);
  }
  return l.report.modules
    .filter((m) => m.kind === 'source' && score(m) > 0)
    .sort((a, b) => score(b) - score(a) || b.graph.blastRadius - a.graph.blastRadius || byPath(a, b))
    .slice(0, top);
}

export function topAreas(l: Lookup, top: number): ReportArea[] {
  const shown = distinctAreas(l.report.areas);
  const byPath = (a: ReportArea, b: ReportArea) => compareText(a.path, b.path);
  if (!l.hasHistory) return shown.filter((a) => a.blastRadius > 0).sort((a, b) => b.blastRadius - a.blastRadius || byPath(a, b)).slice(0, top);
  return shown
    .filter((a) => score(a) > 0)
    .sort((a, b) => score(b) - score(a) || b.blastRadius - a.blastRadius || byPath(a, b))
    .slice(0, top);
}

/**
 * Areas that say something of their own: a directory whose one sub-directory holds all of its
 * modules (`packages/x` around `packages/x/src`) repeats that sub-directory's figures, so only the
 * deepest directory of such a chain is listed, as the viewer draws the chain as one box named by
 * its deepest directory.
 */
export function distinctAreas(areas: readonly ReportArea[]): ReportArea[] {
  const modules = new Map(areas.map((a) => [a.path, a.modules]));
  const folded = new Set<string>();
  for (const a of areas) {
    if (a.path === '.') continue;
    const parent = areaOf(a.path);
    if (modules.get(parent) === a.modules) folded.add(parent);
  }
  return areas.filter((a) => !folded.has(a.path));
}

export function areaTable(l: Lookup, areas: readonly ReportArea[]): string[] {
  const reach = (a: ReportArea) => `${a.blastRadius} (${percent(l.sources > 0 ? a.blastRadius / l.sources : 0)})`;
  if (!l.hasHistory) {
    const title = '## Most depended-on areas';
    if (areas.length === 0) return [title, '', 'Nothing outside any area depends on it.'];
    return [title, '', `${md(capital(NO_HISTORY_HEADLINE))}. Ranked by blast radius.`, '', ...table(
      ['#', 'Area', 'Modules', 'Blast radius', 'Why'],
      areas.map((a, i) => [String(i + 1), md(a.path), String(a.modules), reach(a), md(a.risk.explanation)]),
    )];
  }
  if (areas.length === 0) return ['## Riskiest areas', '', 'No area scores above zero.'];
  return ['## Riskiest areas', '', ...table(
    ['#', 'Area', 'Risk', 'Modules', 'Blast radius', 'Bus factor', 'AI-assisted', 'Why'],
    areas.map((a, i) => [
      String(i + 1), md(a.path), riskLabel(l, a.risk), String(a.modules), reach(a),
      a.busFactor === null ? 'n/a' : String(a.busFactor), percent(a.aiCommitRatio), md(a.risk.explanation),
    ]),
  )];
}

export function moduleTable(l: Lookup, modules: readonly ReportModule[]): string[] {
  const reach = (m: ReportModule) => `${m.graph.blastRadius} (${percent(l.sources > 0 ? m.graph.blastRadius / l.sources : 0)})`;
  if (!l.hasHistory) {
    const title = '## Most depended-on modules';
    if (modules.length === 0) return [title, '', 'No module has dependents.'];
    return [title, '', `${md(capital(NO_HISTORY_HEADLINE))}. Ranked by blast radius.`, '', ...table(
      ['#', 'Module', 'Blast radius', 'Imported by', 'Imports', 'Betweenness', 'Why'],
      modules.map((m, i) => [
        String(i + 1), md(m.path), reach(m), String(m.graph.fanIn), String(m.graph.fanOut),
        m.graph.betweenness.toPrecision(3), md(m.risk.explanation),
      ]),
    )];
  }
  if (modules.length === 0) return ['## Riskiest modules', '', 'No module scores above zero.'];
  return ['## Riskiest modules', '', ...table(
    ['#', 'Module', 'Risk', 'Blast radius', 'Commits', 'Bus factor', 'AI-assisted', 'Why'],
    modules.map((m, i) => [
      String(i + 1), md(m.path), riskLabel(l, m.risk), reach(m),
      m.history ? String(m.history.commits) : 'n/a', m.history ? String(m.history.busFactor) : 'n/a',
      percent(m.history?.aiCommitRatio ?? null), md(m.risk.explanation),
    ]),
  )];
}
