import { colourAt, NO_DATA_COLOUR } from './colour-scale.js';
import { domainOf, scalePosition, type ColourMetric, type MetricDomain } from './colour-metrics.js';
import { modulesUnder, type ReportIndex } from './report-index.js';

export interface MetricColours {
  metric: ColourMetric;
  moduleDomain: MetricDomain;
  areaDomain: MetricDomain;
  module: Map<string, string>;
  area: Map<string, string>;
}

/** The fill of every module and area for one metric; areas get their own domain (they sum more). */
export function metricColours(index: ReportIndex, metric: ColourMetric): MetricColours {
  const moduleValues = new Map(index.report.modules.map((m) => [m.path, metric.moduleValue(m)]));
  const areaValues = new Map<string, number | null>();
  for (const [path, node] of index.areaNodes) {
    const members = modulesUnder(node).map((p) => index.modules.get(p)!);
    areaValues.set(path, metric.areaValue(index.areas.get(path), members));
  }
  const moduleDomain = domainOf(metric, moduleValues.values());
  const areaDomain = domainOf(metric, areaValues.values());
  const paint = (domain: MetricDomain, value: number | null) => {
    const t = scalePosition(metric, domain, value);
    return t === null ? NO_DATA_COLOUR : colourAt(t);
  };
  return {
    metric,
    moduleDomain,
    areaDomain,
    module: new Map([...moduleValues].map(([path, v]) => [path, paint(moduleDomain, v)])),
    area: new Map([...areaValues].map(([path, v]) => [path, paint(areaDomain, v)])),
  };
}
