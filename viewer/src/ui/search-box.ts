import type { Target } from '../element-ids.js';
import type { ReportIndex } from '../report-index.js';
import { searchPaths } from '../search.js';
import { byId, h, replaceChildren } from './dom.js';
import { pathLabel } from './path-label.js';

/** Search by path: results as you type, Enter takes the first. */
export function wireSearch(index: ReportIndex, onPick: (target: Target) => void): void {
  const input = byId<HTMLInputElement>('search');
  const results = byId('search-results');
  const close = () => { results.hidden = true; };
  const pick = (target: Target) => {
    close();
    input.value = target.path;
    onPick(target);
  };
  const update = () => {
    const hits = searchPaths(index, input.value);
    replaceChildren(results, ...(hits.length > 0
      ? hits.map((hit) => h('li', {}, h('button', { class: 'search-hit', attrs: { 'data-testid': 'search-hit' }, onClick: () => pick(hit) },
        h('span', { class: 'hit-kind' }, hit.kind === 'module' ? 'module' : 'area'), pathLabel(hit.path))))
      : [h('li', { class: 'muted' }, 'No path contains that.')]));
    results.hidden = input.value.trim() === '';
  };
  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
    if (event.key !== 'Enter') return;
    const first = searchPaths(index, input.value, 1)[0];
    if (first) pick(first);
  });
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Node) || (!results.contains(event.target) && event.target !== input)) close();
  });
}
