import { Type } from '@sinclair/typebox';
import { Count, IsoDate, Nullable, Ratio } from './common.js';

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
});

export const Trend = Type.Array(TrendPoint, { description: 'present with --trend: one point per month end in the window (or per --trend-every days), oldest first' });
