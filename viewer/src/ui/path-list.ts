import type { Target } from '../element-ids.js';
import type { ReportIndex } from '../report-index.js';
import { grouped } from '../../../analyzer/report/wording/count.js';
import { h } from './dom.js';
import { pathLabel } from './path-label.js';

const SHOWN = 40;

/** Modules as links, riskiest first (most depended-on first where there is no score), the rest counted. */
export function modulePathList(index: ReportIndex, paths: readonly string[], onNavigate: (t: Target) => void, emptyText: string): HTMLElement {
  if (paths.length === 0) return h('p', { class: 'muted' }, emptyText);
  const rank = (path: string) => index.modules.get(path)?.risk.score ?? -1;
  const reach = (path: string) => index.modules.get(path)?.graph.blastRadius ?? 0;
  const sorted = [...paths].sort((a, b) => rank(b) - rank(a) || reach(b) - reach(a) || (a < b ? -1 : 1));
  const items = sorted.slice(0, SHOWN).map((path) => {
    const m = index.modules.get(path);
    return h('li', {}, h('button', { class: 'link-row', onClick: () => onNavigate({ kind: 'module', path }) },
      h('span', { class: `dot level-${m?.risk.level ?? 'none'}` }), pathLabel(path)));
  });
  const more = sorted.length > SHOWN ? h('li', { class: 'muted' }, `and ${grouped(sorted.length - SHOWN)} more`) : null;
  return h('ul', { class: 'path-list' }, ...items, more);
}
