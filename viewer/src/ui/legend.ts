import { moduleDiameter } from '../../../analyzer/report/layout/node-size.js';
import { divergingGradientCss, NO_DATA_COLOUR, scaleGradientCss } from '../colour-scale.js';
import { valueAt } from '../colour-metrics.js';
import { formatCount } from '../format.js';
import type { MetricColours } from '../metric-colours.js';
import { byId, h, replaceChildren } from './dom.js';

const TICKS = [0, 0.25, 0.5, 0.75, 1];

/** Explains colour (for the current metric), size, shapes and arrows. */
export function renderLegend(colours: MetricColours, maxBlastRadius: number): void {
  const { metric, moduleDomain, areaDomain } = colours;
  const bar = h('div', { class: 'legend-gradient' });
  bar.style.background = metric.diverging ? divergingGradientCss() : scaleGradientCss();
  const ticks = h('div', { class: 'legend-ticks' }, ...TICKS.map((t) => h('span', {}, metric.format(valueAt(metric, moduleDomain, t)))));
  const sizes = [0, Math.round(maxBlastRadius / 4), maxBlastRadius].map((br) => {
    const d = moduleDiameter(br, maxBlastRadius) * 0.6;
    const circle = h('span', { class: 'legend-circle' });
    circle.style.width = `${d}px`;
    circle.style.height = `${d}px`;
    return h('span', { class: 'legend-size' }, circle, formatCount(br));
  });
  const noData = h('span', { class: 'legend-swatch' });
  noData.style.background = NO_DATA_COLOUR;
  const areaRange = metric.areaLegend
    ? h('p', { class: 'legend-note', attrs: { 'data-testid': 'legend-areas' } }, `${metric.areaLegend}.`)
    : metric.domain ? null : h('p', { class: 'legend-note' }, `Areas: same colours over ${metric.format(areaDomain.min)}–${metric.format(areaDomain.max)}.`);
  replaceChildren(byId('legend'),
    h('h2', {}, 'Legend'),
    h('p', { class: 'legend-title', attrs: { 'data-testid': 'legend-title' } }, `Colour: ${metric.legendTitle}`),
    bar, ticks, areaRange,
    h('p', { class: 'legend-row' }, noData, 'no data (no git history)'),
    h('p', { class: 'legend-title' }, 'Size: blast radius (dependents)'),
    h('div', { class: 'legend-sizes' }, ...sizes),
    h('ul', { class: 'legend-keys' },
      h('li', {}, h('span', { class: 'key-module' }), 'module'),
      h('li', {}, h('span', { class: 'key-test' }), 'test module'),
      h('li', {}, h('span', { class: 'key-area' }), 'area (directory): double-click to open or close'),
      h('li', {}, h('span', { class: 'key-arrow' }, '→'), 'importer → imported'),
      h('li', {}, h('span', { class: 'key-blast' }), 'blast radius when highlighted')));
}
