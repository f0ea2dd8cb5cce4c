import { h } from './dom.js';

export type Figure = [label: string, value: string, hint?: string];

export function figureGrid(figures: readonly Figure[]): HTMLElement {
  return h('dl', { class: 'figures' }, ...figures.flatMap(([label, value, hint]) => [
    h('dt', hint ? { title: hint } : {}, label),
    h('dd', {}, value),
  ]));
}

export function section(title: string, ...content: (Node | null)[]): HTMLElement {
  return h('section', { class: 'panel-section' }, h('h3', {}, title), ...content);
}
