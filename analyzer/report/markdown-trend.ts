/** report.md "Over time": the trend, one row per quarter, under the summary. */
import { md, table } from './markdown-escape.js';
import { percent } from './markdown-lookup.js';
import type { ReportTrendPoint } from './schema/index.js';
import { grouped } from '../core/grouped.js';

/** "2025 Q1" for an ISO date, by its UTC month. */
export function quarterOf(iso: string): string {
  const month = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)} Q${Math.ceil(month / 3)}`;
}

/** The last point of each quarter, oldest quarter first (the trend is oldest first). */
export function quarterly(trend: readonly ReportTrendPoint[]): { quarter: string; point: ReportTrendPoint }[] {
  const rows: { quarter: string; point: ReportTrendPoint }[] = [];
  for (const point of trend) {
    const quarter = quarterOf(point.date);
    if (rows.at(-1)?.quarter === quarter) (rows.at(-1) as { point: ReportTrendPoint }).point = point;
    else rows.push({ quarter, point });
  }
  return rows;
}

/**
 * "2025 Q3 so far" for the quarter of a point taken before that quarter had ended at the
 * analysis' "now" (the newest row, usually): its row is not the quarter's end and must not read as
 * one. A finished quarter whose last point is earlier (`--trend-every`) keeps its plain name.
 */
export function quarterLabel(quarter: string, pointIso: string, nowIso: string): string {
  const year = Number(pointIso.slice(0, 4));
  const lastMonth = Math.ceil(Number(pointIso.slice(5, 7)) / 3) * 3;
  // day 0 of the month after the quarter: its last day
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
  return nowIso.slice(0, 10) < lastDay ? `${quarter} so far` : quarter;
}

/** `now`: the analysis' "now" (repo.now). */
export function overTime(trend: readonly ReportTrendPoint[] | undefined, now: string): string[] {
  if (trend === undefined || trend.length === 0) return [];
  const rows = quarterly(trend).map(({ quarter, point }) => [
    quarterLabel(quarter, point.date, now),
    md(point.date.slice(0, 10)),
    `\`${point.commit.slice(0, 12)}\``,
    grouped(point.sourceModules),
    point.truckFactor === null ? 'n/a' : String(point.truckFactor),
    percent(point.aiCommitRatio),
    percent(point.busFactorZero),
  ]);
  return [
    '## Over time',
    '',
    'Each row is what `blastmap analyze` reports for the commit of that date (the last point of the quarter; "so far" when the quarter had not ended), seen then: activity and AI share over the 90 days before it.',
    '',
    ...table(['Quarter', 'Date', 'Commit', 'Source modules', 'Truck factor', 'AI-assisted commits', 'No active author'], rows),
    ...riskiestAreas(trend),
  ];
}

/** How many areas "Over time" follows. */
const AREAS_SHOWN = 3;

const mass = (v: number | null | undefined): string => (v === null || v === undefined ? 'n/a' : v.toFixed(2));

/**
 * The riskiest areas at the last point with per-area figures, followed from the first such point:
 * the innermost areas recorded (one that holds another recorded area would repeat its risk), by
 * risk mass, at most three. Nothing when the trend has no per-area figures or no risk.
 */
export function riskiestAreas(trend: readonly ReportTrendPoint[]): string[] {
  const withAreas = trend.filter((p) => p.areas !== undefined);
  const last = withAreas.at(-1)?.areas;
  // own entries only: a folder may be named `constructor`
  const entry = (areas: ReportTrendPoint['areas'], path: string) => (areas !== undefined && Object.hasOwn(areas, path) ? areas[path] : undefined);
  if (last === undefined) return [];
  const paths = Object.keys(last).filter((p) => p !== '.');
  const innermost = paths.filter((p) => !paths.some((q) => q.startsWith(`${p}/`)));
  const top = innermost
    .filter((p) => (entry(last, p)?.risk ?? 0) > 0)
    .sort((a, b) => (entry(last, b)?.risk ?? 0) - (entry(last, a)?.risk ?? 0) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, AREAS_SHOWN);
  if (top.length === 0) return [];
  const lines = top.map((path) => {
    const first = withAreas.find((p) => entry(p.areas, path) !== undefined) as ReportTrendPoint;
    const then = entry(first.areas, path);
    const now = entry(last, path);
    return `- ${md(path)}: risk mass ${mass(then?.risk)} → ${mass(now?.risk)}, active authors' share ${percent(then?.activeShare ?? null)} → ${percent(now?.activeShare ?? null)} (since ${md(first.date.slice(0, 10))})`;
  });
  return ['', `Riskiest areas at the last point with per-area figures (risk mass, the figure the map colours areas by; each followed from the first quarter end that recorded it; docs/history.md, "Over time"):`, '', ...lines];
}
