import type { ReportModule } from '../../../analyzer/report/schema/index.js';
import { scoreText, type LevelThresholds } from '../../../analyzer/report/wording/score-text.js';
import type { Target } from '../element-ids.js';
import { formatCount } from '../format.js';
import { PathSuffixes } from '../path-suffix.js';
import { arrowKeys } from './arrow-keys.js';
import { byId, h, replaceChildren } from './dom.js';
import { pathLabel } from './path-label.js';

/**
 * The ranked list of riskiest modules; each row focuses its module. Without git history nothing
 * has a score: the list is then the most depended-on modules, each with its blast radius.
 */
export class TopRiskList {
  private readonly list = byId('top-risks-list');

  constructor(
    private readonly onPick: (target: Target) => void,
    private readonly thresholds: LevelThresholds | null,
    scored: boolean,
    private readonly suffixes: PathSuffixes,
  ) {
    if (!scored) byId('top-risks-title').textContent = 'Most depended on';
    arrowKeys(this.list, 'button.risk-row');
    // to the panel of the module just picked, and back with Escape (SidePanel)
    this.list.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight') return;
      const title = document.querySelector<HTMLElement>('#panel:not([hidden]) [data-testid=panel-title]');
      if (!title) return;
      event.preventDefault();
      title.focus();
    });
  }

  render(modules: readonly ReportModule[], selected: Target | null): void {
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.['path'];
    const hadFocus = this.list.contains(document.activeElement);
    const rows = modules.map((m, i) => {
      const current = selected?.kind === 'module' && selected.path === m.path;
      const figure = m.risk.score === null
        ? h('span', { class: 'score', title: 'blast radius: source modules that depend on it' }, formatCount(m.graph.blastRadius))
        : h('span', { class: 'score', title: `risk score (${m.risk.level})` }, scoreText(m.risk.score, this.thresholds));
      return h('li', {}, h('button', {
        class: `risk-row${current ? ' current' : ''}`,
        attrs: { 'data-testid': 'top-risk', 'data-path': m.path, 'aria-label': `${i + 1}. ${m.path}`, ...(current ? { 'aria-current': 'true' } : {}) },
        onClick: () => this.onPick({ kind: 'module', path: m.path }),
      },
      h('span', { class: 'rank' }, String(i + 1)),
      h('span', { class: `dot level-${m.risk.level ?? 'none'}` }),
      pathLabel(m.path, this.suffixes.shortest(m.path)),
      figure));
    });
    replaceChildren(this.list, ...(rows.length > 0 ? rows : [h('li', { class: 'muted' }, 'No module passes the filters.')]));
    // re-rendering on a pick must not drop the keyboard's place in the list
    if (hadFocus && focused) this.list.querySelector<HTMLElement>(`button[data-path="${CSS.escape(focused)}"]`)?.focus();
  }
}
