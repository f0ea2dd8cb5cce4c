import type { MonthlyPoint } from './model.js';
import type { MonthCount } from './accumulator-state.js';

/** `YYYY-MM` of a unix time, in UTC so the month does not depend on where the report runs. */
export function monthOf(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().slice(0, 7);
}

function nextMonth(month: string): string {
  const [year = 0, mon = 1] = month.split('-').map(Number);
  return mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, '0')}`;
}

/** Every month from the first to the last with commits; quiet months appear with zero. */
export function monthlySeries(months: ReadonlyMap<string, MonthCount>): MonthlyPoint[] {
  const keys = [...months.keys()].sort();
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (first === undefined || last === undefined) return [];
  const series: MonthlyPoint[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) {
    const count = months.get(month) ?? { commits: 0, aiCommits: 0 };
    series.push({ month, commits: count.commits, aiCommits: count.aiCommits, aiCommitRatio: count.commits > 0 ? count.aiCommits / count.commits : null });
  }
  return series;
}
