import type { ReportModule } from '../../../analyzer/report/schema/index.js';
import { scoreText, type LevelThresholds } from '../../../analyzer/report/wording/score-text.js';
import type { Target } from '../element-ids.js';
import { formatCount } from '../format.js';
import { byId, h, replaceChildren } from './dom.js';
import { pathLabel } from './path-label.js';

/**
 * The ranked list of riskiest modules; each row focuses its module. Without git history nothing
 * has a score: the list is then the most depended-on modules, each with its blast radius.
 */
export class TopRiskList {
  private readonly list = byId('top-risks-list');

  constructor(private readonly onPick: (target: Target) => void, private readonly thresholds: LevelThresholds | null, scored: boolean) {
    if (!scored) byId('top-risks-title').textContent = 'Most depended on';
  }

  render(modules: readonly ReportModule[], selected: Target | null): void {
    const rows = modules.map((m, i) => {
      const current = selected?.kind === 'module' && selected.path === m.path;
      const figure = m.risk.score === null
        ? h('span', { class: 'score', title: 'blast radius: source modules that depend on it' }, formatCount(m.graph.blastRadius))
        : h('span', { class: 'score', title: `risk score (${m.risk.level})` }, scoreText(m.risk.score, this.thresholds));
      return h('li', {}, h('button', {
        class: `risk-row${current ? ' current' : ''}`,
        attrs: { 'data-testid': 'top-risk', 'data-path': m.path },
        onClick: () => this.onPick({ kind: 'module', path: m.path }),
      },
      h('span', { class: 'rank' }, String(i + 1)),
      h('span', { class: `dot level-${m.risk.level ?? 'none'}` }),
      pathLabel(m.path),
      figure));
    });
    replaceChildren(this.list, ...(rows.length > 0 ? rows : [h('li', { class: 'muted' }, 'No module passes the filters.')]));
  }
}
