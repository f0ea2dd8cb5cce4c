import { colourAt, divergingAt, NO_DATA_COLOUR } from './colour-scale.js';
import { domainOf, scalePosition, type ColourMetric, type MetricDomain } from './colour-metrics.js';
import { modulesUnder, type ReportIndex } from './report-index.js';

export interface MetricColours {
  metric: ColourMetric;
  moduleDomain: MetricDomain;
  areaDomain: MetricDomain;
  module: Map<string, string>;
  area: Map<string, string>;
  /** every area's value for the metric (risk: its risk mass), for the panel and for recolouring */
  areaValues: Map<string, number | null>;
}

/**
 * The fill of every module and area for one metric. Areas get their own domain (they sum more):
 * for a metric whose area domain is 'drawn', 0..the highest value among `boxes`, the areas drawn
 * as boxes at the moment (all areas when not given).
 */
export function metricColours(index: ReportIndex, metric: ColourMetric, boxes?: Iterable<string>): MetricColours {
  const moduleValues = new Map(index.report.modules.map((m) => [m.path, metric.moduleValue(m)]));
  const risky = index.risky;
  const areaValues = new Map<string, number | null>();
  for (const [path, node] of index.areaNodes) {
    const members = modulesUnder(node).map((p) => index.modules.get(p)!);
    areaValues.set(path, metric.areaValue(index.areas.get(path), members, risky));
  }
  const moduleDomain = domainOf(metric, moduleValues.values());
  return {
    metric,
    moduleDomain,
    module: new Map([...moduleValues].map(([path, v]) => [path, paint(metric, moduleDomain, v)])),
    areaValues,
    ...areaColours(metric, areaValues, boxes),
  };
}

/** The areas' colours again for another set of boxes on screen (the modules' do not change). */
export function recolourAreas(colours: MetricColours, boxes: Iterable<string>): MetricColours {
  return { ...colours, ...areaColours(colours.metric, colours.areaValues, boxes) };
}

function areaColours(metric: ColourMetric, values: Map<string, number | null>, boxes?: Iterable<string>): { areaDomain: MetricDomain; area: Map<string, string> } {
  const drawn = metric.areaDomain === 'drawn';
  const over = drawn && boxes ? [...boxes].map((p) => values.get(p) ?? null) : values.values();
  const areaDomain = domainOf(metric, over, drawn);
  return { areaDomain, area: new Map([...values].map(([path, v]) => [path, paint(metric, areaDomain, v)])) };
}

function paint(metric: ColourMetric, domain: MetricDomain, value: number | null): string {
  const t = scalePosition(metric, domain, value);
  return t === null ? NO_DATA_COLOUR : metric.diverging ? divergingAt(t) : colourAt(t);
}
