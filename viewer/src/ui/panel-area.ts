import type { AreaTreeNode } from '../../../analyzer/report/layout/area-tree.js';
import { count } from '../../../analyzer/report/wording/count.js';
import { riskMass } from '../../../analyzer/report/heat/area-heat.js';
import { formatCount, formatPercent } from '../format.js';
import { modulesUnder, type ReportIndex } from '../report-index.js';
import { areaSparkline } from './area-sparkline.js';
import { h } from './dom.js';
import { factorBars } from './factor-bars.js';
import { figureGrid, section, type Figure } from './figures.js';
import type { PanelActions } from './panel-actions.js';
import { panelHeader, panelTools } from './panel-common.js';
import { modulePathList } from './path-list.js';
import type { ReportArea } from '../../../analyzer/report/schema/index.js';

export function areaPanel(index: ReportIndex, node: AreaTreeNode, actions: PanelActions): HTMLElement[] {
  const area = index.areas.get(node.path);
  const target = { kind: 'area' as const, path: node.path };
  const members = modulesUnder(node);
  const toggle = h('button', { class: 'button', attrs: { 'data-testid': 'toggle-area' }, onClick: () => actions.toggleArea(node.path) },
    actions.isExpanded(node.path) ? 'Collapse area' : 'Expand area');
  const riskiest = [...members].sort((a, b) => (index.modules.get(b)?.risk.score ?? -1) - (index.modules.get(a)?.risk.score ?? -1)
    || (index.modules.get(b)?.graph.blastRadius ?? 0) - (index.modules.get(a)?.graph.blastRadius ?? 0)).slice(0, 10);
  return [
    panelHeader('Area', node.path, area?.risk, [], index.thresholds),
    panelTools(target, actions, [toggle]),
    area ? section('Figures', figureGrid([
      ['Modules', formatCount(area.modules)],
      ['Risk mass', riskText(riskMass(members.map((p) => index.modules.get(p)!), index.risky)), 'what its colour on the map shows: the sum of the scores of its modules rated medium or above or among the riskiest tenth of the repository'],
      ['Test modules', formatCount(area.testModules)],
      ['Blast radius', formatCount(area.blastRadius), 'source modules outside the area that depend on something inside'],
      ['Bus factor', formatCount(area.busFactor)],
      ['AI-assisted', formatPercent(area.aiCommitRatio)],
      ['Commits', formatCount(area.commits)],
      ['Lines changed', formatCount(area.linesChanged)],
    ])) : section('Figures', h('p', { class: 'muted' }, `${count(members.length, 'module')}; the report has no figures for this directory.`)),
    areaSparkline(index.report, node.path),
    area?.familiarity ? section('Team ratings', figureGrid(teamRatings(index, area.familiarity))) : null,
    area ? section('Why this score', factorBars(area.risk, 'area', index.thresholds)) : null,
    area ? section('Owners', h('ul', { class: 'owners' }, ...area.authors.map((a) => h('li', { class: `owner${a.active ? '' : ' inactive'}` },
      h('span', { class: 'owner-name' }, index.authors.get(a.id)?.name ?? a.id),
      h('span', { class: 'owner-meta' }, `${count(a.files, 'file')} · ${a.active ? 'active' : 'inactive'}`))))) : null,
    section('Riskiest modules here', modulePathList(index, riskiest, actions.navigate, 'No modules.')),
  ].filter((e): e is HTMLElement => e !== null);
}

/** The team's own ratings of the area (.blastmap/familiarity.csv), as figures. */
function teamRatings(index: ReportIndex, f: NonNullable<ReportArea['familiarity']>): Figure[] {
  const words: Record<number, string> = { 1: 'fluent', 2: 'warming', 3: 'reviewing' };
  const stuck = f.stuck ? `yes: ${f.stuckRaters.map((id) => index.authors.get(id)?.name ?? id).join(', ')}` : 'no';
  return [
    ['Raters', formatCount(f.raters)],
    ['Latest (median)', `${f.latest}${words[f.latest] ? ` ${words[f.latest]}` : ''}`, "median of each rater's latest rating: 1 fluent, 2 warming, 3 reviewing"],
    ['Stuck', stuck, 'rated 3 (reviewing) by one person four ISO weeks running'],
  ];
}

function riskText(mass: number | null): string {
  return mass === null ? '–' : mass.toFixed(2);
}
