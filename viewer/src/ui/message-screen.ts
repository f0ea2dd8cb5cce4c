import { byId, h, replaceChildren } from './dom.js';

/** A full-page message in place of the graph: the report could not be shown, and why. */
export function showMessage(title: string, details: readonly string[], extra: HTMLElement | null = null): void {
  const screen = byId('message');
  replaceChildren(screen, h('div', { class: 'message-card', attrs: { role: 'alert' } },
    h('h1', { attrs: { 'data-testid': 'message-title' } }, title),
    ...details.map((d) => h('p', {}, d)),
    extra));
  screen.hidden = false;
  byId('app').hidden = true;
}

/** Standalone viewer with no report inside: pick a report.json from disk (read locally, never uploaded). */
export function showOpenPicker(onDocument: (doc: unknown) => void): void {
  const input = h('input', { attrs: { type: 'file', accept: '.json,application/json', 'data-testid': 'open-report' } });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      onDocument(JSON.parse(await file.text()) as unknown);
    } catch (error) {
      showMessage('This file is not JSON, so it is not a blastmap report.', [String(error)]);
    }
  });
  showMessage('Open a blastmap report', ['Choose the report.json that `blastmap analyze` wrote. It is read in this page only.'], h('label', { class: 'button primary' }, 'Choose report.json', input));
}
