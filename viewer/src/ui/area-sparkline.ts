import type { Report } from '../../../analyzer/report/schema/index.js';
import { areaSeries, areaSeriesText, riskDomain, sparkPath } from '../area-trend.js';
import { h } from './dom.js';
import { section } from './figures.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 220;
const HEIGHT = 40;
/** Okabe–Ito, as the trend chart: vermilion solid for risk mass, blue dashed for the active share. */
const RISK = { stroke: '#D55E00', dash: null, label: 'risk mass (own scale, 0 to its highest)' };
const ACTIVE = { stroke: '#0072B2', dash: '4 2', label: "active authors' share (0–100 %)" };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

function line(d: string, look: { stroke: string; dash: string | null }): SVGPathElement {
  return svg('path', { d, fill: 'none', stroke: look.stroke, 'stroke-width': '1.5', ...(look.dash ? { 'stroke-dasharray': look.dash } : {}) });
}

function key(look: { stroke: string; dash: string | null; label: string }): HTMLElement {
  const sample = svg('svg', { width: '18', height: '6', 'aria-hidden': 'true' });
  sample.append(svg('line', { x1: '0', y1: '3', x2: '18', y2: '3', stroke: look.stroke, 'stroke-width': '2', ...(look.dash ? { 'stroke-dasharray': look.dash } : {}) }));
  return h('li', {}, sample, ` ${look.label}`);
}

/**
 * The area panel's "Over time": a sparkline of the area's risk mass and its active authors' share
 * at each trend point with per-area figures (quarter ends), and the same in words. Null when the
 * report has no per-area figures for the area.
 */
export function areaSparkline(report: Report, path: string): HTMLElement | null {
  const series = areaSeries(report.trend, path);
  if (series === null) return null;
  const text = areaSeriesText(series);
  const chart = svg('svg', { width: String(WIDTH), height: String(HEIGHT + 4), viewBox: `0 -2 ${WIDTH} ${HEIGHT + 4}`, role: 'img', 'aria-label': text, 'data-testid': 'area-sparkline' });
  chart.append(
    svg('line', { x1: '0', y1: String(HEIGHT), x2: String(WIDTH), y2: String(HEIGHT), stroke: '#d0d7de', 'stroke-width': '1' }),
    line(sparkPath(series.risk, WIDTH, HEIGHT, riskDomain(series.risk)), RISK),
    line(sparkPath(series.activeShare, WIDTH, HEIGHT, [0, 1]), ACTIVE),
  );
  return section('Over time',
    h('div', { class: 'area-trend', attrs: { 'data-testid': 'area-trend' } },
      chart,
      h('p', { class: 'area-trend-text' }, text),
      h('ul', { class: 'area-trend-keys' }, key(RISK), key(ACTIVE))));
}
