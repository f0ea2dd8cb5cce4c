import type { Report } from '../../analyzer/report/schema/index.js';
import { areaPoints, useTrendPoint } from './area-trend.js';
import { useBaseline } from './change-colour.js';
import { COLOUR_METRICS, metricById, type ColourMetric, type MetricId } from './colour-metrics.js';
import type { Target } from './element-ids.js';
import { NO_FILTER, type ModuleFilter } from './filters.js';
import { GraphView } from './graph-view.js';
import { formatHash, parseHash } from './hash-link.js';
import { PathSuffixes } from './path-suffix.js';
import { limitsBanner } from './limits-banner.js';
import { indexReport, type ReportIndex } from './report-index.js';
import { topRisks } from './top-risks.js';
import { wireControls } from './ui/controls.js';
import { asIfLeft } from './as-if-left.js';
import { useReport } from './use-report.js';
import { wireLeavingPicker } from './ui/leaving-picker.js';
import { byId } from './ui/dom.js';
import { renderGraphNote } from './ui/graph-note.js';
import { renderLegend } from './ui/legend.js';
import { renderLimitsBanner } from './ui/limits-banner.js';
import { SidePanel } from './ui/side-panel.js';
import { wireSearch } from './ui/search-box.js';
import { renderSummary } from './ui/summary-bar.js';
import { TopRiskList } from './ui/top-risk-list.js';
import { renderTrend } from './ui/trend-chart.js';

const TOP_RISKS = 25;

/** Wires the page: state (metric, filter, selection) lives here; drawing lives in GraphView. */
export class ViewerApp {
  private readonly index: ReportIndex;
  private readonly view: GraphView;
  private readonly panel: SidePanel;
  private readonly risks: TopRiskList;
  private readonly controls: { setMetric(id: MetricId): void };
  private metric: ColourMetric = COLOUR_METRICS[0]!;
  private filter: ModuleFilter = NO_FILTER;
  private selected: Target | null = null;

  constructor(report: Report) {
    this.index = indexReport(report);
    useBaseline(report);
    // "change since a trend point" measures from the oldest point with per-area figures until another is picked
    useTrendPoint(report.trend, areaPoints(report.trend)[0]?.index ?? 0);
    performance.mark('blastmap:indexed');
    const fromHash = parseHash(location.hash);
    // without history every risk colour would be "no data": open on centrality, which the imports give
    this.metric = metricById(fromHash.metric ?? (this.index.scored ? 'risk' : 'centrality')) ?? this.metric;
    renderSummary(report, this.index.scored);
    renderTrend(report);
    renderLimitsBanner(limitsBanner(report));
    this.view = new GraphView(byId('graph'), this.index, this.metric, { onTap: (t) => this.select(t), onDrawn: renderGraphNote });
    performance.mark('blastmap:graph-created');
    // read-only, for the end-to-end tests: where each area is drawn, its colour and its name
    (window as unknown as { blastmapInspect?: () => unknown }).blastmapInspect = () => this.view.inspectAreas();
    (window as unknown as { blastmapInspectModules?: () => unknown }).blastmapInspectModules = () => this.view.inspectModules();
    this.panel = new SidePanel(this.index, {
      navigate: (t) => this.select(t),
      highlightBlast: (t) => this.panel.showBlast(this.view.highlightBlast(t)),
      clearBlast: () => { this.view.clearBlast(); this.panel.hideBlast(); },
      toggleArea: (path) => { this.view.toggleArea(path); this.panel.show(this.selected); },
      isExpanded: (path) => this.view.isExpanded(path),
      linkTo: (t) => `${location.href.replace(/#.*$/, '')}${formatHash({ target: t, metric: this.metric.id })}`,
    }, () => this.select(null));
    this.risks = new TopRiskList((t) => this.select(t), this.index.thresholds, this.index.scored, new PathSuffixes(report.modules.map((m) => m.path)));
    this.controls = wireControls(this.index, {
      onMetric: (id) => this.setMetric(id),
      onFilter: (f) => this.setFilter(f),
      onExpandAll: () => this.view.expandAll(),
      onCollapseAll: () => this.view.collapseAll(),
      onFit: () => this.view.fit(),
      onExportPng: () => void this.exportPng(),
    });
    this.controls.setMetric(this.metric.id);
    wireSearch(this.index, (t) => this.select(t));
    renderLegend(this.view.metricColours, this.index.maxBlastRadius);
    this.renderRisks();
    renderGraphNote(this.view.counts());
    window.addEventListener('hashchange', () => this.followHash());
    wireLeavingPicker(report, (ids) => this.asIfLeft(report, ids));
  }

  /** "What if … left": the same drawing, its figures as if they had left (as-if-left.ts), coloured by bus factor. */
  private asIfLeft(original: Report, ids: string[]): void {
    useReport(this.index, asIfLeft(original, ids));
    this.controls.setMetric('busFactor');
    this.setMetric('busFactor');
  }

  /** Resolves when the graph is drawn and the link in the URL, if any, is followed. */
  async start(): Promise<void> {
    this.view.fit();
    await this.view.whenDrawn();
    this.followHash();
  }

  select(target: Target | null): void {
    const known = target && (target.kind === 'module' ? this.index.modules.has(target.path) : this.index.areaNodes.has(target.path));
    this.selected = known ? target : null;
    this.view.clearBlast();
    // the panel first: opening it narrows the graph, and the focus must centre in what is left
    this.panel.show(this.selected);
    this.view.focus(this.selected);
    this.renderRisks();
    this.writeHash();
  }

  private setMetric(id: MetricId): void {
    this.metric = metricById(id) ?? this.metric;
    this.view.setMetric(this.metric);
    renderLegend(this.view.metricColours, this.index.maxBlastRadius);
    this.writeHash();
    if (this.selected) this.panel.show(this.selected);
  }

  private setFilter(filter: ModuleFilter): void {
    this.filter = filter;
    this.view.setFilter(filter);
    this.renderRisks();
  }

  private renderRisks(): void {
    this.risks.render(topRisks(this.index.report.modules, this.filter, TOP_RISKS), this.selected);
  }

  private followHash(): void {
    const state = parseHash(location.hash);
    if (state.metric && state.metric !== this.metric.id) {
      this.controls.setMetric(state.metric);
      this.setMetric(state.metric);
    }
    const same = state.target?.kind === this.selected?.kind && state.target?.path === this.selected?.path;
    if (state.target && !same) this.select(state.target);
  }

  private writeHash(): void {
    const hash = formatHash({ target: this.selected, metric: this.metric.id });
    if (hash !== location.hash) history.replaceState(null, '', hash === '' ? location.pathname + location.search : hash);
  }

  private async exportPng(): Promise<void> {
    const blob = await this.view.png();
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${document.title.replace(/ — blastmap$/, '').replace(/[^\w.-]+/g, '_') || 'blastmap'}-blastmap.png`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
