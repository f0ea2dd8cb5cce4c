import type { ReportRisk } from '../../../analyzer/report/schema/index.js';
import { capital } from '../../../analyzer/report/wording/capital.js';
import { factorLines, factorName, factorSentence, zeroScoreReason, type Subject } from '../../../analyzer/report/wording/factor-text.js';
import { NO_HISTORY_HEADLINE } from '../../../analyzer/report/wording/limits.js';
import { scoreText, type LevelThresholds } from '../../../analyzer/report/wording/score-text.js';
import { h } from './dom.js';

export { factorName };

/**
 * Each factor's share of the score as a bar (the bars add up to the whole track), biggest first,
 * with its share and its reason in words; the shares as printed add up to the score as printed.
 */
export function factorBars(risk: ReportRisk, subject: Subject, thresholds: LevelThresholds | null): HTMLElement {
  if (risk.score === null) return h('p', { class: 'muted', attrs: { 'data-testid': 'no-score' } }, `${capital(NO_HISTORY_HEADLINE)}: without history nobody's knowledge of it can be measured, so exposure alone is not scored.`);
  // as many decimals as the score takes elsewhere on the page ("0.346" beside a 0.35 threshold)
  const scoreShown = scoreText(risk.score, thresholds);
  const decimals = Math.max(2, scoreShown.split('.')[1]?.length ?? 2);
  const lines = factorLines(risk, subject, decimals);
  const total = lines.reduce((sum, f) => sum + Math.max(0, f.contribution), 0);
  const detailOf = new Map(risk.factors.map((f) => [f.name, f.detail]));
  const rows = lines.map((f) => {
    const bar = h('span', { class: 'factor-bar' });
    bar.style.width = `${total > 0 ? (Math.max(0, f.contribution) / total) * 100 : 0}%`;
    return h('li', { class: 'factor', title: detailOf.get(f.name) ?? '', attrs: { 'data-testid': 'factor', 'data-factor': f.name } },
      h('span', { class: 'factor-name' }, factorName(f.name)),
      h('span', { class: 'factor-track' }, bar),
      h('span', { class: 'factor-figure' }, f.share),
      h('span', { class: 'factor-detail' }, factorSentence(f)));
  });
  const sum = h('li', { class: 'factor factor-total', attrs: { 'data-testid': 'factor-total' } },
    h('span', { class: 'factor-name' }, 'Score'), h('span', {}), h('span', { class: 'factor-figure' }, risk.score.toFixed(decimals)),
    h('span', { class: 'factor-detail' }, 'the shares above added up'));
  const list = h('ol', { class: 'factors' }, ...rows, sum);
  const zero = zeroScoreReason(risk, subject);
  return zero === null ? list : h('div', {}, h('p', { class: 'muted', attrs: { 'data-testid': 'zero-score' } }, zero), list);
}
