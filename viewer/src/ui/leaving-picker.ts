/**
 * The "what if … left" picker in the toolbar: the truck-factor people first, then the active
 * authors of the most modules. Picking someone recolours the map by bus factor as if they had left
 * (viewer/src/as-if-left.ts) and says what that takes away; "nobody" restores the report.
 * Names are text nodes (ui/dom.ts), never markup.
 */
import type { Report } from '../../../analyzer/report/schema/index.js';
import { whatIfLeft } from '../../../analyzer/report/wording/what-if-left.js';
import { h, replaceChildren } from './dom.js';

const LISTED = 30;

export function leavingCandidates(report: Report): string[] {
  const tf = report.summary.truckFactorAuthors.filter((id) => report.authors.some((a) => a.id === id && a.active));
  const others = report.authors
    .filter((a) => a.kind === 'human' && a.active && !tf.includes(a.id) && a.filesAuthored > 0)
    .sort((a, b) => b.filesAuthored - a.filesAuthored || (a.id < b.id ? -1 : 1))
    .map((a) => a.id);
  return [...tf, ...others].slice(0, LISTED);
}

/** What the note under the picker says about one pick, from the original report. */
export function leavingNote(report: Report, ids: readonly string[]): string {
  if (ids.length === 0) return '';
  const w = whatIfLeft(report, ids);
  return `${String(w.modules.length)} source module${w.modules.length === 1 ? '' : 's'} and ${String(w.areas.length)} area${w.areas.length === 1 ? '' : 's'} would have no active author; truck factor ${String(w.truckFactorBefore)} → ${String(w.truckFactorAfter)}. Colours show the bus factor; risk scores are not recomputed here (blastmap analyze --leaving does).`;
}

/** Adds the picker to the toolbar; `onPick` gets the chosen author ids ([] for nobody). Hidden without history. */
export function wireLeavingPicker(report: Report, onPick: (ids: string[]) => void): void {
  const toolbar = document.querySelector('.toolbar');
  const candidates = leavingCandidates(report);
  if (!toolbar || report.repo.head === null || candidates.length === 0) return;
  const name = (id: string): string => report.authors.find((a) => a.id === id)?.name ?? id;
  const select = h('select', { attrs: { 'data-testid': 'leaving-picker', 'aria-label': 'What if this person left' } },
    h('option', { attrs: { value: '' } }, 'nobody'),
    ...candidates.map((id) => h('option', { attrs: { value: id } }, `${name(id)}${report.summary.truckFactorAuthors.includes(id) ? ' (truck factor)' : ''}`)));
  const note = h('span', { class: 'leaving-note', attrs: { 'data-testid': 'leaving-note' } });
  toolbar.append(h('label', { class: 'control' }, 'What if ', select, ' left'), note);
  select.addEventListener('change', () => {
    const ids = select.value === '' ? [] : [select.value];
    replaceChildren(note, leavingNote(report, ids));
    onPick(ids);
  });
}
