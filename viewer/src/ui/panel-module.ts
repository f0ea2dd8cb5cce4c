import type { ReportModule } from '../../../analyzer/report/schema/index.js';
import { count } from '../../../analyzer/report/wording/count.js';
import { formatCount, formatDay, formatDecimal, formatPercent } from '../format.js';
import type { ReportIndex } from '../report-index.js';
import { h } from './dom.js';
import { factorBars } from './factor-bars.js';
import { figureGrid, section, type Figure } from './figures.js';
import type { PanelActions } from './panel-actions.js';
import { panelHeader, panelTools } from './panel-common.js';
import { modulePathList } from './path-list.js';

export function modulePanel(index: ReportIndex, m: ReportModule, actions: PanelActions): HTMLElement[] {
  const target = { kind: 'module' as const, path: m.path };
  const h1 = m.history;
  const figures: Figure[] = [
    ['Blast radius', formatCount(m.graph.blastRadius), 'source modules (not tests, examples or tooling) that reach this one through imports'],
    ['Symbol blast radius', formatCount(m.graph.symbolBlastRadius), 'through re-exports, barrel-aware'],
    ['Imported by', formatCount(m.graph.fanIn)],
    ['Imports', formatCount(m.graph.fanOut)],
    ['Betweenness', formatDecimal(m.graph.betweenness)],
    ['PageRank', formatDecimal(m.graph.pagerank)],
    ['Lines of code', formatCount(m.size.loc)],
    ['Complexity', `${formatCount(m.size.complexity)} (max fn ${formatCount(m.size.maxFunctionComplexity)})`],
    ['Commits', formatCount(h1?.commits)],
    ['Lines changed', h1 ? `+${formatCount(h1.linesAdded)} −${formatCount(h1.linesDeleted)}` : '–'],
    ['AI-assisted', h1 ? `${formatPercent(h1.aiCommitRatio)} (${count(h1.aiCommits, 'commit')})` : '–'],
    ['Bus factor', formatCount(h1?.busFactor), 'active human authors by degree of authorship'],
    // where nobody reached authorship the score weighs every contributor instead: print that figure
    ['Knowledge loss', formatPercent(h1 ? h1.knowledgeLoss ?? m.risk.factors.find((f) => f.name === 'knowledgeLoss')?.value : null),
      h1 && h1.knowledgeLoss === null ? 'nobody reached authorship: every human contributor weighed by degree of authorship' : 'share of its authorship held by people no longer active'],
    ['Last change', formatDay(h1?.lastChange)],
    ['Last human change', formatDay(h1?.lastHumanChange)],
  ];
  return [
    panelHeader('Module', m.path, m.risk, [m.kind !== 'source' ? m.kind : '', m.graph.barrel ? 'barrel' : '', m.graph.cycle !== null ? 'in a cycle' : ''].filter(Boolean), index.thresholds),
    panelTools(target, actions),
    section('Figures', figureGrid(figures)),
    section('Why this score', factorBars(m.risk, 'module', index.thresholds)),
    section('Owners', owners(index, m)),
    section(`Imported by (${formatCount(index.dependents.get(m.path)?.length ?? 0)})`, modulePathList(index, index.dependents.get(m.path) ?? [], actions.navigate, 'Nothing imports this module.')),
    section(`Imports (${formatCount(index.dependencies.get(m.path)?.length ?? 0)})`, modulePathList(index, index.dependencies.get(m.path) ?? [], actions.navigate, 'This module imports no other module.')),
  ];
}

function owners(index: ReportIndex, m: ReportModule): HTMLElement {
  if (!m.history) return h('p', { class: 'muted' }, 'No git history for this file.');
  const rows = [...m.history.authors].sort((a, b) => b.doa - a.doa).map((a) => {
    const person = index.authors.get(a.id);
    return h('li', { class: `owner${a.active ? '' : ' inactive'}` },
      h('span', { class: 'owner-name' }, person?.name ?? a.id),
      h('span', { class: 'owner-meta' }, [
        a.isAuthor ? 'author' : 'contributor',
        a.active ? 'active' : 'inactive',
        person && person.kind !== 'human' ? person.kind : '',
        count(a.commits, 'commit'),
        `DOA ${a.doa.toFixed(1)}`,
      ].filter(Boolean).join(' · ')));
  });
  const creator = m.history.createdBy ? index.authors.get(m.history.createdBy)?.name ?? m.history.createdBy : null;
  return h('div', {}, h('ul', { class: 'owners' }, ...rows), creator ? h('p', { class: 'muted' }, `Created by ${creator}`) : null);
}
