/** Import cycles and hidden coupling (files that change together although neither uses the other: coupling-pairs.ts). */
import { md, table } from './markdown-escape.js';
import { moduleAt, percent, type Lookup } from './markdown-lookup.js';
import { count } from './wording/count.js';
import { compareText } from '../core/compare-text.js';

export function cycles(l: Lookup, top: number): string[] {
  const list = [...l.report.cycles].sort((a, b) => b.members.length - a.members.length);
  if (list.length === 0) return ['## Import cycles', '', 'None.'];
  const lines = list.slice(0, top).map((c) => {
    const shown = c.members.slice(0, 8).map(md).join(' → ');
    const more = c.members.length > 8 ? ` and ${c.members.length - 8} more` : '';
    return `- ${count(c.members.length, 'module')}: ${shown}${more}`;
  });
  if (list.length > top) lines.push(`- and ${count(list.length - top, 'more cycle')}`);
  return ['## Import cycles', '', ...lines];
}

export function hiddenCoupling(l: Lookup, top: number): string[] {
  const source = (p: string) => moduleAt(l, p)?.kind === 'source';
  const hidden = l.report.coupling
    .filter((c) => c.hidden && source(c.a) && source(c.b))
    .sort((a, b) => b.together - a.together || b.confidence - a.confidence || compareText(a.a, b.a));
  const title = '## Hidden coupling';
  const note = 'Pairs of source modules that keep changing in the same commits although neither uses the other: neither imports the other, nor takes a symbol the other defines through a re-export.';
  // files changing together is history: without it, "none found" would claim what nobody looked at
  if (!l.hasHistory) return [title, '', note, '', 'Not known without git history.'];
  if (hidden.length === 0) return [title, '', note, '', 'None found.'];
  return [title, '', note, '', ...table(
    ['File', 'Changes with', 'Together', 'Confidence'],
    hidden.slice(0, top).map((c) => [md(c.a), md(c.b), String(c.together), percent(c.confidence)]),
  )];
}
