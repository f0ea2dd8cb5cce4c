import { count } from '../../../analyzer/report/wording/count.js';
import type { Target } from '../element-ids.js';
import { formatCount } from '../format.js';
import type { ReportIndex } from '../report-index.js';
import { countSources } from '../blast-radius.js';
import { arrowKeys } from './arrow-keys.js';
import { byId, h, replaceChildren } from './dom.js';
import { areaPanel } from './panel-area.js';
import type { PanelActions } from './panel-actions.js';
import { modulePanel } from './panel-module.js';

/** The right-hand panel: one module or area at a time. */
export class SidePanel {
  private readonly root = byId('panel');
  private readonly body = h('div', { class: 'panel-body' });
  private readonly blastNote = h('div', { class: 'blast-note', attrs: { 'data-testid': 'blast-note' } });

  constructor(private readonly index: ReportIndex, private readonly actions: PanelActions, onClose: () => void) {
    const close = h('button', { class: 'panel-close', title: 'Close', attrs: { 'aria-label': 'Close panel' }, onClick: onClose }, '×');
    replaceChildren(this.root, close, this.blastNote, this.body);
    this.blastNote.hidden = true;
    this.root.setAttribute('aria-label', 'Details');
    arrowKeys(this.body, 'button.link-row');
    // Escape closes the panel and gives the focus back to the list row it was opened from
    this.root.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      const path = this.shown?.path;
      onClose();
      const row = path ? document.querySelector<HTMLElement>(`button.risk-row[data-path="${CSS.escape(path)}"]`) : null;
      row?.focus();
    });
  }

  private shown: Target | null = null;

  show(target: Target | null): void {
    this.shown = target;
    this.blastNote.hidden = true;
    if (!target) {
      this.root.hidden = true;
      return;
    }
    const content = target.kind === 'module'
      ? modulePanel(this.index, this.index.modules.get(target.path)!, this.actions)
      : areaPanel(this.index, this.index.areaNodes.get(target.path)!, this.actions);
    replaceChildren(this.body, ...content);
    this.root.hidden = false;
    this.body.scrollTop = 0;
  }

  showBlast(members: ReadonlySet<string>): void {
    const areas = new Set([...members].map((p) => this.index.areaOfModule.get(p)?.path));
    replaceChildren(this.blastNote,
      h('strong', {}, `${count(members.size, 'module')} ${members.size === 1 ? 'depends' : 'depend'} on this`),
      ` (${formatCount(countSources(this.index, members))} source) in ${count(areas.size, 'area')}, outlined in blue.`,
      h('button', { class: 'button small', onClick: () => this.actions.clearBlast() }, 'Clear'));
    this.blastNote.hidden = false;
  }

  hideBlast(): void {
    this.blastNote.hidden = true;
  }
}
