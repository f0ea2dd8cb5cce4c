import type { ReportModule } from '../../../analyzer/report/schema/index.js';
import { scoreText, type LevelThresholds } from '../../../analyzer/report/wording/score-text.js';
import type { Target } from '../element-ids.js';
import { byId, h, replaceChildren } from './dom.js';
import { pathLabel } from './path-label.js';

/** The ranked list of riskiest modules; each row focuses its module. */
export class TopRiskList {
  private readonly list = byId('top-risks-list');

  constructor(private readonly onPick: (target: Target) => void, private readonly thresholds: LevelThresholds | null) {}

  render(modules: readonly ReportModule[], selected: Target | null): void {
    const rows = modules.map((m, i) => {
      const current = selected?.kind === 'module' && selected.path === m.path;
      return h('li', {}, h('button', {
        class: `risk-row${current ? ' current' : ''}`,
        attrs: { 'data-testid': 'top-risk', 'data-path': m.path },
        onClick: () => this.onPick({ kind: 'module', path: m.path }),
      },
      h('span', { class: 'rank' }, String(i + 1)),
      h('span', { class: `dot level-${m.risk.level}` }),
      pathLabel(m.path),
      h('span', { class: 'score', title: `risk score (${m.risk.level})` }, scoreText(m.risk.score, this.thresholds))));
    });
    replaceChildren(this.list, ...(rows.length > 0 ? rows : [h('li', { class: 'muted' }, 'No module passes the filters.')]));
  }
}
