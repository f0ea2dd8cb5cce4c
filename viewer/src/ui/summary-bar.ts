import type { Report } from '../../../analyzer/report/schema/index.js';
import { count } from '../../../analyzer/report/wording/count.js';
import { NO_RISK_LEVEL } from '../../../analyzer/report/wording/score-text.js';
import { baseName, formatCount, formatDay, formatPercent } from '../format.js';
import { RISK_LEVELS } from '../filters.js';
import { byId, h, replaceChildren } from './dom.js';

/** Which repository, at which commit, and the headline figures. */
export function renderSummary(report: Report, scored: boolean): void {
  const { repo, summary } = report;
  const name = baseName(repo.root.replace(/\/+$/, '')) || repo.root;
  const at = [repo.branch, repo.head ? repo.head.slice(0, 8) : null].filter(Boolean).join(' @ ');
  document.title = `${name} — blastmap`;
  replaceChildren(byId('repo'),
    h('span', { class: 'repo-name' }, name),
    h('span', { class: 'repo-meta' }, `${at}${at ? ' · ' : ''}as of ${formatDay(repo.now)}${repo.shallow ? ' · shallow clone' : ''}`));
  replaceChildren(byId('summary'),
    chip(count(summary.modules, 'module')),
    chip(count(summary.edges, 'import')),
    chip(`truck factor ${formatCount(summary.truckFactor)}`),
    chip(`AI-assisted ${formatPercent(summary.aiCommitRatio)}`),
    // without history no module has a level: four zero counts would read as "nothing is at risk"
    ...(scored
      ? RISK_LEVELS.map((level) => h('span', { class: `chip level-${level}` }, `${formatCount(summary.levels[level])} ${level}`))
      : [h('span', { class: 'chip', attrs: { 'data-testid': 'no-risk-level' } }, NO_RISK_LEVEL)]));
}

function chip(text: string): HTMLElement {
  return h('span', { class: 'chip' }, text);
}
