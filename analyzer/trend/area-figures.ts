import type { AnalyzeOptions } from '../core/options.js';
import type { ModuleGraph } from '../graph/model.js';
import type { HistoryModel } from '../history/model.js';
import { chainOfPath } from '../metrics/area-tree.js';
import { computeMetrics } from '../metrics/index.js';
import { riskMass, riskyCutoff, type Scored } from '../report/heat/area-heat.js';
import type { ReportTrendAreas } from '../report/schema/index.js';
import { scoreRisk } from '../score/index.js';
import type { ScoreResult } from '../score/model.js';

/** An area is kept at a point when it holds at least this share of the point's modules (the root always). */
export const AREA_MIN_SHARE = 0.01;

/** Four decimals: the figures are drawn, never compared beyond that, and report.json stays small. */
export const roundFigure = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * The per-area figures of one trend point (docs/history.md, "Over time"): `risk` is the area's
 * risk mass, the figure the map colours it by (report/heat/area-heat.ts), and `activeShare` is
 * 1 − the area's knowledge-loss factor before the team's ratings (the share of its authorship, by
 * lines of code, held by active authors), null without history. Both come from the same metrics
 * and score steps analyze.ts runs, on the point's graph and history.
 */
export function areaFigures(graph: ModuleGraph, history: HistoryModel, options: AnalyzeOptions): ReportTrendAreas {
  const metrics = computeMetrics(graph, options);
  const score = scoreRisk({ graph, metrics, history: history.available ? history : null, options });
  return figuresOf(graph.modules.map((m) => m.path), score);
}

/** The kept areas' figures from a point's scores. */
export function figuresOf(modulePaths: readonly string[], score: Pick<ScoreResult, 'modules' | 'areas'>): ReportTrendAreas {
  const risks = modulePaths.map((path) => ({ path, risk: score.modules.get(path) }));
  const scored: { path: string; scored: Scored }[] = risks.flatMap(({ path, risk }) => (risk === undefined ? [] : [{ path, scored: { risk } }]));
  const risky = riskyCutoff(scored.map((s) => s.scored));
  const minimum = Math.max(1, modulePaths.length * AREA_MIN_SHARE);
  const kept = score.areas.filter((a) => a.path === '.' || a.modules >= minimum);
  const members = new Map<string, Scored[]>(kept.map((a) => [a.path, []]));
  const chainOf = chainOfPath();
  for (const { path, scored: s } of scored) for (const area of chainOf(path)) members.get(area)?.push(s);
  // by path: a directory may be named `__proto__` or `constructor`, so no inherited keys
  const figures = Object.create(null) as ReportTrendAreas;
  for (const area of kept) {
    const mass = riskMass(members.get(area.path) ?? [], risky);
    const loss = area.risk.factors.find((f) => f.name === 'knowledgeLoss');
    figures[area.path] = { risk: mass === null ? null : roundFigure(mass), activeShare: loss === undefined ? null : roundFigure(1 - loss.value) };
  }
  return figures;
}
