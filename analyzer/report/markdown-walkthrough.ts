/**
 * Ownership walk-through per top area, for an architecture review: who depends on it directly,
 * who holds its knowledge (active and departed), and what breaks if each key module fails.
 */
import { areaOf } from '../score/area-tree.js';
import { ago, plural } from '../score/format.js';
import { md } from './markdown-escape.js';
import { dependentsOf, inArea, nameOf, percent, personLabel, scoreLabel, type Lookup } from './markdown-lookup.js';
import type { ReportArea, ReportModule } from './schema/index.js';
import { compareText } from '../core/compare-text.js';

const SHOWN = 8;

export function walkthrough(l: Lookup, areas: readonly ReportArea[]): string[] {
  if (areas.length === 0) return [];
  return ['## Ownership walk-through', '', ...areas.flatMap((a, i) => section(l, a, i + 1))];
}

function section(l: Lookup, area: ReportArea, rank: number): string[] {
  const members = l.report.modules.filter((m) => inArea(m.path, area.path));
  const direct = new Set<string>();
  for (const m of members) for (const s of l.importers.get(m.path) ?? []) if (!inArea(s, area.path)) direct.add(s);
  return [
    `### ${rank}. ${md(area.path)} (${scoreLabel(area.risk.score, area.risk.level)})`,
    '',
    md(area.risk.explanation),
    '',
    `- **Direct dependents (${direct.size}):** ${direct.size ? list([...direct].sort()) : 'none outside it'}`,
    `- **Who holds its knowledge:** ${knowledge(l, area)}`,
    ...explainable(l, members, area.path),
    '',
  ];
}

function explainable(l: Lookup, members: readonly ReportModule[], area: string): string[] {
  const key = keyModules(members);
  if (key.length === 0) return ['- **What a reviewer should be able to explain:** what it is for; nothing outside it imports it'];
  return [
    '- **What a reviewer should be able to explain:** what each of these promises its dependents, and who, still here, could fix it',
    ...key.map((m) => `  - ${explainFailure(l, m, area)}`),
  ];
}

function knowledge(l: Lookup, area: ReportArea): string {
  if (area.busFactor === null) return 'unknown (no git history)';
  const label = (a: ReportArea['authors'][number]) => {
    const last = a.active ? null : ago(l.people.get(a.id)?.lastCommit ?? null, l.report.repo.now);
    return `${md(nameOf(l, a.id))} (${plural(a.files, 'file')}${last ? `, last commit ${last}` : ''})`;
  };
  const active = area.authors.filter((a) => a.active);
  const left = area.authors.filter((a) => !a.active);
  if (active.length + left.length === 0) return 'no person is an author of its files (agents, bots or scattered edits)';
  const parts = [active.length ? `active: ${cap(active.map(label))}` : 'no active author'];
  if (left.length) parts.push(`left: ${cap(left.map(label))}`);
  return parts.join('; ');
}

/** The area's non-test modules with the widest reach, at most three. */
function keyModules(members: readonly ReportModule[]): ReportModule[] {
  return members
    .filter((m) => !m.test && m.graph.blastRadius > 0)
    .sort((a, b) => b.graph.blastRadius - a.graph.blastRadius || b.risk.score - a.risk.score || compareText(a.path, b.path))
    .slice(0, 3);
}

function explainFailure(l: Lookup, m: ReportModule, area: string): string {
  const outside = dependentsOf(l, m.path).filter((p) => !inArea(p, area));
  const byArea = new Map<string, number>();
  for (const p of outside) {
    const dir = areaOf(p);
    byArea.set(dir, (byArea.get(dir) ?? 0) + 1);
  }
  const ranked = [...byArea.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  const where = ranked.slice(0, 4).map(([p, n]) => `${md(p)} (${n})`).join(', ') + (ranked.length > 4 ? ` and ${ranked.length - 4} more` : '');
  const breaks = outside.length
    ? `if it fails, ${plural(outside.length, 'module')} outside the area break (${percent(outside.length / Math.max(1, l.nonTest))} of non-test modules), in ${where}`
    : `if it fails, ${plural(m.graph.blastRadius, 'module')} inside the area break`;
  const main = m.history?.authors.filter((a) => a.isAuthor).sort((a, b) => b.doa - a.doa)[0];
  const who = main ? `; main author ${md(personLabel(l, main.id))}` : m.history ? '; no main author' : '';
  return `${md(m.path)}: ${breaks}${who}`;
}

function list(paths: readonly string[]): string {
  return cap(paths.map(md), SHOWN);
}

function cap(items: readonly string[], max = SHOWN): string {
  return items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
}
