import type { ReportRisk } from '../../../analyzer/report/schema/index.js';
import { NO_RISK_LEVEL, scoreText, type LevelThresholds } from '../../../analyzer/report/wording/score-text.js';
import { h } from './dom.js';

/**
 * A path shown as its file name, with the directory before it in a quieter tone. `shown` is the
 * part to print (an ending of the path, see PathSuffixes); the whole path is the tooltip.
 */
export function pathLabel(path: string, shown = path): HTMLSpanElement {
  const cut = shown.lastIndexOf('/');
  const dir = `${shown.length < path.length ? '…/' : ''}${shown.slice(0, cut + 1)}`;
  return h('span', { class: 'path', title: path }, dir !== '' ? h('span', { class: 'path-dir' }, dir) : null, h('span', { class: 'path-name' }, shown.slice(cut + 1)));
}

/** "low · 0.346": the score with as many decimals as its level takes; "no risk level" without history. */
export function levelBadge(risk: ReportRisk, thresholds: LevelThresholds | null): HTMLSpanElement {
  if (risk.score === null || risk.level === null) return h('span', { class: 'level level-none' }, NO_RISK_LEVEL);
  return h('span', { class: `level level-${risk.level}` }, `${risk.level} · ${scoreText(risk.score, thresholds)}`);
}
