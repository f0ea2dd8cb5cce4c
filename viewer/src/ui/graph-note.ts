import type { DrawnCounts } from '../graph-view.js';
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
    ? ` · the ${formatCount(counts.edges)} heaviest of ${formatCount(counts.totalEdges)} links (open areas or filter to see the rest)`
    : ` · ${formatCount(counts.edges)} links`;
  replaceChildren(note, `${formatCount(counts.modules)} modules and ${formatCount(counts.areas)} areas drawn${capped}. Double-click an area to open it.`);
}
