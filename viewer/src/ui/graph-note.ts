import type { DrawnCounts } from '../graph-view.js';
import { count } from '../../../analyzer/report/wording/count.js';
import { formatCount } from '../format.js';
import { byId, replaceChildren } from './dom.js';

/** What is on screen, in words, and the counts as data attributes for tests and the bench. */
export function renderGraphNote(counts: DrawnCounts): void {
  const note = byId('graph-note');
  const graph = byId('graph');
  graph.dataset['modules'] = String(counts.modules);
  graph.dataset['areas'] = String(counts.areas);
  graph.dataset['edges'] = String(counts.edges);
  const capped = counts.edges < counts.totalEdges
    ? ` · the ${formatCount(counts.edges)} heaviest of ${count(counts.totalEdges, 'link')} (open areas or filter to see the rest)`
    : ` · ${count(counts.edges, 'link')}`;
  replaceChildren(note, `${count(counts.modules, 'module')} and ${count(counts.areas, 'area')} drawn${capped}. Double-click an area to open it.`);
}
