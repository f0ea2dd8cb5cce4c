import type { ReportArea, ReportModule } from '../../analyzer/report/schema/index.js';
import { riskMass, type RiskyModules } from '../../analyzer/report/heat/area-heat.js';
import { formatCount, formatDecimal, formatPercent, formatScore } from './format.js';
import { formatDelta, largestDelta, scoreDeltaOf } from './change-colour.js';
import { riskChangeOf, trendSince, trendUntil } from './area-trend.js';

export type MetricId = 'risk' | 'churn' | 'ai' | 'busFactor' | 'centrality' | 'change' | 'trendChange';
export type ScaleKind = 'linear' | 'sqrt' | 'log';

/** A figure the heatmap can colour by; `t` 1 is always the worrying end (dark red). */
export interface ColourMetric {
  id: MetricId;
  label: string;
  legendTitle: string;
  scale: ScaleKind;
  /** fixed domain, or null to take 0..max of the data */
  domain: [number, number] | null;
  /** bus factor: fewer owners is worse, so the scale runs backwards */
  reversed: boolean;
  /** a change that can rise or fall: a diverging scale around 0 (colour-scale.ts), over −m..m */
  diverging?: boolean;
  moduleValue(m: ReportModule): number | null;
  areaValue(a: ReportArea | undefined, members: readonly ReportModule[], risky: RiskyModules | null): number | null;
  /**
   * 'drawn': an area's colour runs from 0 to the highest value among the areas drawn as boxes at
   * the moment, so the riskiest box on screen is always the darkest; 'own': 0..max (or the fixed
   * domain) over every area.
   */
  areaDomain: 'drawn' | 'own';
  /** what an area's colour stands for, when it differs from a module's */
  areaLegend?: string;
  format(value: number): string;
}

const maxOf = (members: readonly ReportModule[], f: (m: ReportModule) => number) => members.reduce((max, m) => Math.max(max, f(m)), 0);

export const COLOUR_METRICS: readonly ColourMetric[] = [
  {
    id: 'risk', label: 'Risk', legendTitle: 'Risk score', scale: 'linear', domain: [0, 1], reversed: false,
    moduleValue: (m) => m.risk.score,
    areaValue: (_a, members, risky) => riskMass(members, risky),
    areaDomain: 'drawn',
    areaLegend: 'Areas: risk mass, the sum of the scores of their modules rated medium or above or among the riskiest tenth; the darkest box on screen holds the most',
    format: formatScore,
  },
  {
    id: 'churn', label: 'Churn', legendTitle: 'Lines changed (log scale)', scale: 'log', domain: null, reversed: false,
    moduleValue: (m) => (m.history ? m.history.linesAdded + m.history.linesDeleted : null),
    areaValue: (a) => a?.linesChanged ?? null,
    areaDomain: 'own',
    format: formatCount,
  },
  {
    id: 'ai', label: 'AI-assisted share', legendTitle: 'Share of commits with AI assistance', scale: 'linear', domain: [0, 1], reversed: false,
    moduleValue: (m) => m.history?.aiCommitRatio ?? null,
    areaValue: (a) => a?.aiCommitRatio ?? null,
    areaDomain: 'own',
    format: formatPercent,
  },
  {
    id: 'busFactor', label: 'Bus factor', legendTitle: 'Active owners (bus factor; 0 = nobody left)', scale: 'linear', domain: [0, 4], reversed: true,
    moduleValue: (m) => m.history?.busFactor ?? null,
    areaValue: (a) => a?.busFactor ?? null,
    areaDomain: 'own',
    format: (v) => (v >= 4 ? '4+' : formatCount(v)),
  },
  {
    id: 'centrality', label: 'Centrality', legendTitle: 'Betweenness centrality (area: its highest)', scale: 'sqrt', domain: null, reversed: false,
    moduleValue: (m) => m.graph.betweenness,
    areaValue: (_a, members) => maxOf(members, (m) => m.graph.betweenness),
    areaDomain: 'own',
    format: formatDecimal,
  },
  {
    // only offered when the report has a baseline (analyze --baseline); a fall shows as no rise
    id: 'change', label: 'Change since baseline', legendTitle: 'Risk score rise since the baseline report (area: its largest)', scale: 'linear', domain: null, reversed: false,
    moduleValue: (m) => scoreDeltaOf(m.path),
    areaValue: (_a, members) => largestDelta(members.map((m) => scoreDeltaOf(m.path))),
    areaDomain: 'own',
    format: formatDelta,
  },
  {
    // only offered when the trend has two points with per-area figures (area-trend.ts); areas only
    id: 'trendChange', label: 'Risk mass change', scale: 'linear', domain: null, reversed: false, diverging: true,
    get legendTitle() {
      return `Areas: risk mass at ${trendUntil()?.date ?? 'the last trend point'} minus at ${trendSince()?.date ?? 'the chosen point'} (blue fell, red rose)`;
    },
    moduleValue: () => null,
    areaValue: (a) => (a === undefined ? null : riskChangeOf(a.path)),
    areaDomain: 'own',
    areaLegend: "Areas: change of their risk mass between the chosen trend point and the trend's last (quarter ends, each seen over its own 90 days, so the last may differ from the panel's figure); grey: not recorded at both (under 1 % of the modules then), and modules, which the trend does not record",
    format: formatDelta,
  },
];

export function metricById(id: string): ColourMetric | undefined {
  return COLOUR_METRICS.find((m) => m.id === id);
}

export interface MetricDomain {
  min: number;
  max: number;
}

export function domainOf(metric: ColourMetric, values: Iterable<number | null>, ignoreFixed = false): MetricDomain {
  if (metric.domain && !ignoreFixed) return { min: metric.domain[0], max: metric.domain[1] };
  if (metric.diverging) {
    // symmetric, so that no change sits in the middle of the scale
    let most = 0;
    for (const v of values) if (v !== null && Math.abs(v) > most) most = Math.abs(v);
    return { min: -most, max: most };
  }
  let max = 0;
  for (const v of values) if (v !== null && v > max) max = v;
  return { min: 0, max };
}

/** The position of a value on the colour scale, 0..1, or null when there is no value. */
export function scalePosition(metric: ColourMetric, domain: MetricDomain, value: number | null, scale: ScaleKind = metric.scale): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const span = transform(scale, domain.max) - transform(scale, domain.min);
  const t = span <= 0 ? 0 : (transform(scale, Math.min(domain.max, Math.max(domain.min, value))) - transform(scale, domain.min)) / span;
  return metric.reversed ? 1 - t : t;
}

/** The value at scale position t (for legend ticks). */
export function valueAt(metric: ColourMetric, domain: MetricDomain, t: number): number {
  const p = metric.reversed ? 1 - t : t;
  const lo = transform(metric.scale, domain.min);
  const hi = transform(metric.scale, domain.max);
  return inverse(metric.scale, lo + (hi - lo) * p);
}

function transform(kind: ScaleKind, v: number): number {
  return kind === 'log' ? Math.log10(1 + v) : kind === 'sqrt' ? Math.sqrt(v) : v;
}

function inverse(kind: ScaleKind, v: number): number {
  return kind === 'log' ? 10 ** v - 1 : kind === 'sqrt' ? v * v : v;
}
