import { h } from './dom.js';

/** A path shown as its file name, with the directory before it in a quieter tone. */
export function pathLabel(path: string): HTMLSpanElement {
  const cut = path.lastIndexOf('/');
  return h('span', { class: 'path', title: path }, cut >= 0 ? h('span', { class: 'path-dir' }, path.slice(0, cut + 1)) : null, h('span', { class: 'path-name' }, path.slice(cut + 1)));
}

export function levelBadge(level: string, score: number): HTMLSpanElement {
  return h('span', { class: `level level-${level}` }, `${level} · ${score.toFixed(2)}`);
}
