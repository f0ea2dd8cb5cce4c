import type { ReportRisk } from '../../../analyzer/report/schema/index.js';
import { NO_RISK_LEVEL, scoreText, type LevelThresholds } from '../../../analyzer/report/wording/score-text.js';
import { h } from './dom.js';

/** A path shown as its file name, with the directory before it in a quieter tone. */
export function pathLabel(path: string): HTMLSpanElement {
  const cut = path.lastIndexOf('/');
  return h('span', { class: 'path', title: path }, cut >= 0 ? h('span', { class: 'path-dir' }, path.slice(0, cut + 1)) : null, h('span', { class: 'path-name' }, path.slice(cut + 1)));
}

/** "low · 0.346": the score with as many decimals as its level takes; "no risk level" without history. */
export function levelBadge(risk: ReportRisk, thresholds: LevelThresholds | null): HTMLSpanElement {
  if (risk.score === null || risk.level === null) return h('span', { class: 'level level-none' }, NO_RISK_LEVEL);
  return h('span', { class: `level level-${risk.level}` }, `${risk.level} · ${scoreText(risk.score, thresholds)}`);
}
