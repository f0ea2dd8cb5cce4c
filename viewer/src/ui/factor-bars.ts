import type { ReportRisk } from '../../../analyzer/report/schema/index.js';
import { capital } from '../../../analyzer/report/wording/capital.js';
import { NO_HISTORY_HEADLINE } from '../../../analyzer/report/wording/limits.js';
import { formatPercent } from '../format.js';
import { h } from './dom.js';

const FACTOR_NAMES: Record<string, string> = {
  blastRadius: 'Blast radius',
  centrality: 'Centrality',
  noActiveAuthor: 'No active owner',
  knowledgeLoss: 'Knowledge loss',
  aiShare: 'AI-assisted share',
  churn: 'Churn',
};

export function factorName(name: string): string {
  return FACTOR_NAMES[name] ?? name;
}

/** Each factor's share of the score as a bar (the bars add up to the whole track), biggest first. */
export function factorBars(risk: ReportRisk): HTMLElement {
  if (risk.score === null) return h('p', { class: 'muted', attrs: { 'data-testid': 'no-score' } }, `${capital(NO_HISTORY_HEADLINE)}: without history nobody's knowledge of it can be measured, so exposure alone is not scored.`);
  const total = risk.factors.reduce((sum, f) => sum + Math.max(0, f.contribution), 0);
  const rows = [...risk.factors].sort((a, b) => b.contribution - a.contribution).map((f) => {
    const bar = h('span', { class: 'factor-bar' });
    bar.style.width = `${total > 0 ? (Math.max(0, f.contribution) / total) * 100 : 0}%`;
    return h('li', { class: 'factor', title: f.detail ?? '' },
      h('span', { class: 'factor-name' }, factorName(f.name)),
      h('span', { class: 'factor-track' }, bar),
      h('span', { class: 'factor-figure' }, `+${f.contribution.toFixed(2)}`),
      h('span', { class: 'factor-detail' }, `value ${formatPercent(f.value)} × weight ${f.weight}${f.detail ? ` — ${f.detail}` : ''}`));
  });
  return h('ol', { class: 'factors' }, ...rows);
}
