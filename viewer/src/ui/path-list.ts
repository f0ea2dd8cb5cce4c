import type { Target } from '../element-ids.js';
import type { ReportIndex } from '../report-index.js';
import { h } from './dom.js';
import { pathLabel } from './path-label.js';

const SHOWN = 40;

/** Modules as links, riskiest first, the rest counted. */
export function modulePathList(index: ReportIndex, paths: readonly string[], onNavigate: (t: Target) => void, emptyText: string): HTMLElement {
  if (paths.length === 0) return h('p', { class: 'muted' }, emptyText);
  const sorted = [...paths].sort((a, b) => (index.modules.get(b)?.risk.score ?? 0) - (index.modules.get(a)?.risk.score ?? 0) || (a < b ? -1 : 1));
  const items = sorted.slice(0, SHOWN).map((path) => {
    const m = index.modules.get(path);
    return h('li', {}, h('button', { class: 'link-row', onClick: () => onNavigate({ kind: 'module', path }) },
      h('span', { class: `dot level-${m?.risk.level ?? 'low'}` }), pathLabel(path)));
  });
  const more = sorted.length > SHOWN ? h('li', { class: 'muted' }, `and ${(sorted.length - SHOWN).toLocaleString('en-US')} more`) : null;
  return h('ul', { class: 'path-list' }, ...items, more);
}
