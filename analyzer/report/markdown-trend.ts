/** report.md "Over time": the trend, one row per quarter, under the summary. */
import { md, table } from './markdown-escape.js';
import { percent } from './markdown-lookup.js';
import type { ReportTrendPoint } from './schema/index.js';

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

export function overTime(trend: readonly ReportTrendPoint[] | undefined): string[] {
  if (trend === undefined || trend.length === 0) return [];
  const rows = quarterly(trend).map(({ quarter, point }) => [
    quarter,
    md(point.date.slice(0, 10)),
    `\`${point.commit.slice(0, 12)}\``,
    String(point.sourceModules),
    point.truckFactor === null ? 'n/a' : String(point.truckFactor),
    percent(point.aiCommitRatio),
    percent(point.busFactorZero),
  ]);
  return [
    '## Over time',
    '',
    'Each row is what `blastmap analyze` reports for the commit of that date (the last point of the quarter), seen then: activity and AI share over the 90 days before it.',
    '',
    ...table(['Quarter', 'Date', 'Commit', 'Source modules', 'Truck factor', 'AI-assisted commits', 'No active author'], rows),
  ];
}
