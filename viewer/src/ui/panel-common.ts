import type { ReportRisk } from '../../../analyzer/report/schema/index.js';
import type { LevelThresholds } from '../../../analyzer/report/wording/score-text.js';
import type { Target } from '../element-ids.js';
import { h } from './dom.js';
import type { PanelActions } from './panel-actions.js';
import { levelBadge } from './path-label.js';

export function panelHeader(kind: string, path: string, risk: ReportRisk | undefined, badges: string[], thresholds: LevelThresholds | null): HTMLElement {
  return h('header', { class: 'panel-header' },
    h('div', { class: 'panel-kind' }, kind, ...badges.map((b) => h('span', { class: 'badge' }, b))),
    h('h2', { class: 'panel-title', attrs: { 'data-testid': 'panel-title', tabindex: '-1' } }, path),
    risk ? levelBadge(risk, thresholds) : null,
    risk ? h('p', { class: 'explanation' }, risk.explanation) : null);
}

/** Blast radius button and a link to this node that can be pasted into a review. */
export function panelTools(target: Target, actions: PanelActions, extra: HTMLElement[] = []): HTMLElement {
  const link = h('input', { class: 'link-field', attrs: { readonly: '', 'aria-label': 'Link to this node', 'data-testid': 'node-link' } });
  link.value = actions.linkTo(target);
  link.addEventListener('focus', () => link.select());
  return h('div', { class: 'panel-tools' },
    h('div', { class: 'button-row' },
      h('button', { class: 'button primary', attrs: { 'data-testid': 'blast-button' }, onClick: () => actions.highlightBlast(target) }, 'Highlight blast radius'),
      ...extra),
    h('label', { class: 'link-label' }, 'Link', link));
}
