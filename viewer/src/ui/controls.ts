import { areaPoints, trendSince, useTrendPoint } from '../area-trend.js';
import { COLOUR_METRICS, type MetricId } from '../colour-metrics.js';
import { RISK_LEVELS, type ModuleFilter, type RiskLevel, type TestFilter } from '../filters.js';
import type { ReportIndex } from '../report-index.js';
import { byId, h, replaceChildren } from './dom.js';

export interface ControlHandlers {
  onMetric(id: MetricId): void;
  onFilter(filter: ModuleFilter): void;
  onExpandAll(): void;
  onCollapseAll(): void;
  onFit(): void;
  onExportPng(): void;
}

/** Colour metric, filters and graph buttons in the toolbar. */
export function wireControls(index: ReportIndex, handlers: ControlHandlers): { setMetric(id: MetricId): void } {
  const metric = byId<HTMLSelectElement>('metric');
  const points = areaPoints(index.report.trend);
  const offered = COLOUR_METRICS.filter((m) => (m.id !== 'change' || index.report.sinceBaseline !== undefined) && (m.id !== 'trendChange' || points.length >= 2));
  replaceChildren(metric, ...offered.map((m) => h('option', { attrs: { value: m.id } }, m.label)));
  // "change since a trend point": which point, beside the metric while it is chosen
  const sinceControl = byId('trend-since-control');
  const since = byId<HTMLSelectElement>('trend-since');
  replaceChildren(since, ...points.slice(0, -1).map((p) => h('option', { attrs: { value: String(p.index) } }, p.date)));
  since.value = String(trendSince()?.index ?? '');
  const showSince = (id: string) => { sinceControl.hidden = id !== 'trendChange' || points.length < 2; };
  metric.addEventListener('change', () => {
    showSince(metric.value);
    handlers.onMetric(metric.value as MetricId);
  });
  since.addEventListener('change', () => {
    useTrendPoint(index.report.trend, Number(since.value));
    handlers.onMetric('trendChange');
  });

  const levelBoxes = RISK_LEVELS.map((level) => {
    const box = h('input', { attrs: { type: 'checkbox', value: level, 'data-testid': `level-${level}` } });
    box.checked = true;
    return { level, box, label: h('label', { class: `level-toggle level-${level}` }, box, level) };
  });
  replaceChildren(byId('levels'), ...levelBoxes.map((l) => l.label));
  // without history no module has a level, and the boxes would filter nothing
  byId('levels').hidden = !index.scored;

  const area = byId<HTMLSelectElement>('area-filter');
  const areaPaths = [...index.areaNodes.keys()].filter((p) => p !== '.');
  replaceChildren(area, h('option', { attrs: { value: '' } }, 'All areas'), ...areaPaths.map((p) => h('option', { attrs: { value: p } }, p)));
  const tests = byId<HTMLSelectElement>('test-filter');

  const emit = () => handlers.onFilter({
    levels: new Set<RiskLevel>(levelBoxes.filter((l) => l.box.checked).map((l) => l.level)),
    area: area.value === '' ? null : area.value,
    tests: tests.value as TestFilter,
  });
  for (const l of levelBoxes) l.box.addEventListener('change', emit);
  area.addEventListener('change', emit);
  tests.addEventListener('change', emit);

  byId('expand-all').addEventListener('click', handlers.onExpandAll);
  byId('collapse-all').addEventListener('click', handlers.onCollapseAll);
  byId('fit').addEventListener('click', handlers.onFit);
  byId('export-png').addEventListener('click', handlers.onExportPng);
  return { setMetric: (id) => { metric.value = id; showSince(id); } };
}
