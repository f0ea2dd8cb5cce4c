import { Type } from '@sinclair/typebox';
import { Count, IsoDate, Nullable, Ratio } from './common.js';

/** A trend point's per-area figures (docs/history.md, "Over time"), beyond the contract's fixed fields. */
export const TrendAreas = Type.Record(Type.String(), Type.Object({
  risk: Nullable(Type.Number({ minimum: 0, description: "the area's risk mass, the figure the map colours it by (analyzer/report/heat/area-heat.ts), to 4 decimals; null when no module of it has a score" })),
  activeShare: Nullable(Type.Number({ minimum: 0, maximum: 1, description: "1 − the area's knowledgeLoss factor before the team's ratings: the share of its authorship (by lines of code) held by active authors, to 4 decimals; null without history" })),
}, { additionalProperties: false }), { description: 'by area path: the root and every area holding at least 1 % of the point\'s modules' });


/**
 * One point of `trend[]` (report contract, "Over time"): the figures a fresh `blastmap analyze` of
 * `commit` reports with `--now <date> --since <date − 90 days>`.
 */
export const TrendPoint = Type.Object({
  date: IsoDate,
  commit: Type.String({ pattern: '^[0-9a-f]{40,64}$', description: 'the last first-parent commit on or before `date` (committer date)' }),
  sourceModules: Count,
  truckFactor: Nullable(Count),
  aiCommitRatio: Nullable(Ratio),
  busFactorZero: Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'share of source modules whose history.busFactor is 0' })),
  // beyond the contract's fixed fields; optional, and absent at points the per-area figures skip
  areas: Type.Optional(TrendAreas),
});

export const Trend = Type.Array(TrendPoint, { description: 'present with --trend: one point per month end in the window (or per --trend-every days), oldest first' });
