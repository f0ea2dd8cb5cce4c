/**
 * Ownership walk-through per top area, for an architecture review: who depends on it directly,
 * who holds its knowledge (active and departed), and what breaks if each key module fails.
 */
import { ago, plural } from '../score/format.js';
import { md } from './markdown-escape.js';
import { dependentsOf, inArea, nameOf, percent, personLabel, riskLabel, type Lookup } from './markdown-lookup.js';
import type { ReportArea, ReportModule } from './schema/index.js';
import { compareText } from '../core/compare-text.js';

const SHOWN = 8;

export function walkthrough(l: Lookup, areas: readonly ReportArea[]): string[] {
  if (areas.length === 0) return [];
  return ['## Ownership walk-through', '', ...areas.flatMap((a, i) => section(l, a, i + 1))];
}

function section(l: Lookup, area: ReportArea, rank: number): string[] {
  const members: number[] = [];
  l.report.modules.forEach((m, i) => {
    if (inArea(m.path, area.path)) members.push(i);
  });
  const direct = new Set<string>();
  for (const i of members) {
    for (const s of l.importerIds[i] ?? []) {
      const path = (l.report.modules[s] as ReportModule).path;
      if (!inArea(path, area.path)) direct.add(path);
    }
  }
  return [
    `### ${rank}. ${md(area.path)} (${riskLabel(l, area.risk)})`,
    '',
    md(area.risk.explanation),
    '',
    `- **Direct dependents (${direct.size}):** ${direct.size ? list([...direct].sort()) : 'none outside it'}`,
    `- **Who holds its knowledge:** ${knowledge(l, area)}`,
    ...explainable(l, members),
    '',
  ];
}

function explainable(l: Lookup, members: readonly number[]): string[] {
  const key = keyModules(members.map((i) => l.report.modules[i] as ReportModule));
  if (key.length === 0) return ['- **What a reviewer should be able to explain:** what it is for; nothing outside it imports it'];
  const inside = new Uint8Array(l.report.modules.length);
  for (const i of members) inside[i] = 1;
  return [
    '- **What a reviewer should be able to explain:** what each of these promises its dependents, and who, still here, could fix it',
    ...key.map((m) => `  - ${explainFailure(l, m, inside)}`),
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

/** The area's source modules with the widest reach, at most three. */
function keyModules(members: readonly ReportModule[]): ReportModule[] {
  return members
    .filter((m) => m.kind === 'source' && m.graph.blastRadius > 0)
    .sort((a, b) => b.graph.blastRadius - a.graph.blastRadius || (b.risk.score ?? 0) - (a.risk.score ?? 0) || compareText(a.path, b.path))
    .slice(0, 3);
}

/** `inside`: 1 for the area's own modules, by module index. */
function explainFailure(l: Lookup, m: ReportModule, inside: Uint8Array): string {
  // counted by directory number: a key module of a large area can have thousands of dependents
  const perArea = new Int32Array(l.areaNames.length);
  let outside = 0;
  for (const i of dependentsOf(l, m.path)) {
    if (inside[i] === 1) continue;
    outside++;
    perArea[l.areaIds[i] as number]! += 1;
  }
  const byArea = new Map<string, number>();
  perArea.forEach((n, id) => {
    if (n > 0) byArea.set(l.areaNames[id] as string, n);
  });
  const ranked = [...byArea.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  const where = cap(ranked.map(([p, n]) => `${md(p)} (${n})`), 4);
  const breaks = outside
    ? `if it fails, ${plural(outside, 'module')} outside the area ${outside === 1 ? 'breaks' : 'break'} (${percent(outside / Math.max(1, l.sources))} of source modules), in ${where}`
    : `if it fails, ${plural(m.graph.blastRadius, 'module')} inside the area ${m.graph.blastRadius === 1 ? 'breaks' : 'break'}`;
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
