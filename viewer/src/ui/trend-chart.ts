import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Report } from '../../../analyzer/report/schema/index.js';
import { trendHeadline, trendSeries } from '../trend-series.js';
import { byId, h, replaceChildren } from './dom.js';
import './trend.css';

/** Okabe–Ito colours, told apart with the common colour-vision deficiencies; dashes tell them apart without colour too. */
const LINES = {
  truckFactor: { label: 'truck factor', stroke: '#0072B2', dash: undefined },
  aiShare: { label: 'AI-assisted commits (90 days)', stroke: '#E69F00', dash: [6, 3] },
  noActiveAuthor: { label: 'source modules with no active author', stroke: '#CC79A7', dash: [2, 2] },
} as const;

const day = (seconds: number): string => new Date(seconds * 1000).toISOString().slice(0, 10);

/**
 * The trend (report.trend) in the sidebar: truck factor on the left axis, the two shares in
 * percent on the right. Hidden when the report has no trend.
 */
export function renderTrend(report: Report): void {
  const section = byId('trend');
  const series = trendSeries(report.trend);
  if (series === null) {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  const chart = h('div', { class: 'trend-chart' });
  replaceChildren(section, h('h2', {}, 'Over time'), h('p', { class: 'trend-headline' }, trendHeadline(report.trend)), chart);
  const width = Math.max(200, Math.floor(section.clientWidth || 260));
  const line = (key: keyof typeof LINES, scale: string): uPlot.Series => ({
    label: LINES[key].label,
    stroke: LINES[key].stroke,
    width: 2,
    scale,
    spanGaps: false,
    points: { show: series.x.length < 40 },
    ...(LINES[key].dash ? { dash: [...LINES[key].dash] } : {}),
    value: (_u, v) => (v === null ? 'n/a' : scale === 'pct' ? `${v} %` : String(v)),
  });
  new uPlot(
    {
      width,
      height: 170,
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true }, tf: { range: (_u, _min, max) => [0, Math.max(1, max ?? 1)] }, pct: { range: [0, 100] } },
      axes: [
        { values: (_u, ticks) => ticks.map((t) => day(t).slice(0, 7)), size: 28 },
        { scale: 'tf', label: 'truck factor', size: 34, labelSize: 14 },
        { scale: 'pct', side: 1, label: '%', size: 34, labelSize: 14, grid: { show: false } },
      ],
      series: [{ label: 'date', value: (_u, v) => (v === null ? '' : day(v)) }, line('truckFactor', 'tf'), line('aiShare', 'pct'), line('noActiveAuthor', 'pct')],
    },
    [series.x, series.truckFactor, series.aiShare, series.noActiveAuthor] as uPlot.AlignedData,
    chart,
  );
}
