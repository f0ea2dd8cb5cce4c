/**
 * The "what if … left" picker in the toolbar: the truck-factor people first, then the active
 * authors of the most modules. Picking someone recolours the map by bus factor as if they had left
 * (viewer/src/as-if-left.ts) and says what that takes away; "nobody" restores the report.
 * Names are text nodes (ui/dom.ts), never markup.
 */
import type { Report } from '../../../analyzer/report/schema/index.js';
import { leavingCandidates, leavingNote } from '../leaving-choices.js';
import { h, replaceChildren } from './dom.js';

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
