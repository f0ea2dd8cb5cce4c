import type { Report } from '../../analyzer/report/schema/index.js';

type TrendPoint = NonNullable<Report['trend']>[number];

/** The trend as the chart draws it: x in unix seconds, shares in percent, null where unknown (a gap). */
export interface TrendSeries {
  x: number[];
  truckFactor: (number | null)[];
  aiShare: (number | null)[];
  noActiveAuthor: (number | null)[];
}

const percent = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10);

/** null when the report has no trend (not asked for, or no point): the chart is then hidden. */
export function trendSeries(trend: readonly TrendPoint[] | undefined): TrendSeries | null {
  if (trend === undefined || trend.length === 0) return null;
  return {
    x: trend.map((p) => Math.floor(Date.parse(p.date) / 1000)),
    truckFactor: trend.map((p) => p.truckFactor),
    aiShare: trend.map((p) => percent(p.aiCommitRatio)),
    noActiveAuthor: trend.map((p) => percent(p.busFactorZero)),
  };
}

/** `missing`: what a null means for this figure (no commit in the 90 days has no AI share; no source module, no truck factor) */
const figure = (value: number | null, unit: string, missing: string): string => (value === null ? missing : `${value}${unit}`);

/** One sentence a reader gets without the chart: each figure at the first and the last point. */
export function trendHeadline(trend: readonly TrendPoint[] | undefined): string {
  const series = trendSeries(trend);
  if (series === null || trend === undefined) return '';
  const last = series.x.length - 1;
  const from = (trend[0] as TrendPoint).date.slice(0, 10);
  const to = (trend[last] as TrendPoint).date.slice(0, 10);
  const move = (values: (number | null)[], unit: string, missing = 'n/a'): string => `${figure(values[0] ?? null, unit, missing)} → ${figure(values[last] ?? null, unit, missing)}`;
  return `${from} to ${to}: truck factor ${move(series.truckFactor, '')}, AI-assisted commits ${move(series.aiShare, ' %', 'n/a (no commit in 90 days)')}, source modules with no active author ${move(series.noActiveAuthor, ' %')}`;
}
