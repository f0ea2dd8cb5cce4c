/** The riskiest areas and modules, with the one-sentence why next to the figures. */
import { areaOf } from '../metrics/area-tree.js';
import { md, table } from './markdown-escape.js';
import { percent, riskLabel, type Lookup } from './markdown-lookup.js';
import type { ReportArea, ReportModule } from './schema/index.js';
import { compareText } from '../core/compare-text.js';

export function topModules(l: Lookup, top: number): ReportModule[] {
  return l.report.modules
    .filter((m) => m.risk.score > 0)
    .sort((a, b) => b.risk.score - a.risk.score || b.graph.blastRadius - a.graph.blastRadius || compareText(a.path, b.path))
    .slice(0, top);
}

/** Areas by score; an area that only wraps one subdirectory repeats it and is left out. */
export function topAreas(l: Lookup, top: number): ReportArea[] {
  const direct = new Set(l.report.modules.map((m) => areaOf(m.path)));
  const children = new Map<string, number>();
  for (const a of l.report.areas) if (a.path !== '.') children.set(areaOf(a.path), (children.get(areaOf(a.path)) ?? 0) + 1);
  return l.report.areas
    .filter((a) => a.risk.score > 0 && (direct.has(a.path) || (children.get(a.path) ?? 0) !== 1))
    .sort((a, b) => b.risk.score - a.risk.score || b.blastRadius - a.blastRadius || compareText(a.path, b.path))
    .slice(0, top);
}

export function areaTable(l: Lookup, areas: readonly ReportArea[]): string[] {
  if (areas.length === 0) return ['## Riskiest areas', '', 'No area scores above zero.'];
  return ['## Riskiest areas', '', ...table(
    ['#', 'Area', 'Risk', 'Modules', 'Blast radius', 'Bus factor', 'AI-assisted', 'Why'],
    areas.map((a, i) => [
      String(i + 1), md(a.path), riskLabel(l, a.risk), String(a.modules),
      `${a.blastRadius} (${percent(l.nonTest > 0 ? a.blastRadius / l.nonTest : 0)})`,
      a.busFactor === null ? 'n/a' : String(a.busFactor), percent(a.aiCommitRatio), md(a.risk.explanation),
    ]),
  )];
}

export function moduleTable(l: Lookup, modules: readonly ReportModule[]): string[] {
  if (modules.length === 0) return ['## Riskiest modules', '', 'No module scores above zero.'];
  return ['## Riskiest modules', '', ...table(
    ['#', 'Module', 'Risk', 'Blast radius', 'Commits', 'Bus factor', 'AI-assisted', 'Why'],
    modules.map((m, i) => [
      String(i + 1), md(m.path), riskLabel(l, m.risk),
      `${m.graph.blastRadius} (${percent(l.nonTest > 0 ? m.graph.blastRadius / l.nonTest : 0)})`,
      m.history ? String(m.history.commits) : 'n/a', m.history ? String(m.history.busFactor) : 'n/a',
      percent(m.history?.aiCommitRatio ?? null), md(m.risk.explanation),
    ]),
  )];
}
