/**
 * When the trend looks (report contract, "Over time"): one point per month end in the window, or
 * one every `everyDays` days back from "now". Pure: unix seconds in, unix seconds out, oldest first.
 */
const DAY = 86_400;

/** Without --since the window is the 24 months that end at "now". */
export const DEFAULT_TREND_MONTHS = 24;

/** The window's start: --since when given, else "now" 24 calendar months earlier. */
export function trendStart(now: number, since: number | null): number {
  if (since !== null) return since;
  const d = new Date(now * 1000);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - DEFAULT_TREND_MONTHS, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()) / 1000);
}

/** The last second (23:59:59 UTC) of each month whose end lies in (start, now], oldest first. */
export function monthEnds(start: number, now: number): number[] {
  const ends: number[] = [];
  const d = new Date(start * 1000);
  // the end of start's month, then each following month's, until past now
  for (let month = d.getUTCMonth(), year = d.getUTCFullYear(); ; month += 1) {
    const end = Date.UTC(year, month + 1, 1) / 1000 - 1;
    if (end > now) break;
    if (end > start) ends.push(end);
  }
  return ends;
}

/** now, now − n days, now − 2n days, … while not before start; oldest first. */
export function everyNDays(start: number, now: number, everyDays: number): number[] {
  const dates: number[] = [];
  for (let t = now; t >= start; t -= everyDays * DAY) dates.push(t);
  return dates.reverse();
}

export function trendDates(now: number, since: number | null, everyDays: number | null): number[] {
  const start = trendStart(now, since);
  return everyDays === null ? monthEnds(start, now) : everyNDays(start, now, everyDays);
}

/** A point's `--since`: 90 days before its date (report contract, "Over time"). */
export const POINT_WINDOW_DAYS = 90;
export const pointSince = (date: number): number => date - POINT_WINDOW_DAYS * DAY;

export interface ChainCommit {
  sha: string;
  /** committer date, unix seconds */
  time: number;
}

/**
 * Each date's commit: the last first-parent commit on or before it, by committer date, as the
 * first-parent chain from HEAD (newest first) lists them; null when the chain has none so old.
 */
export function commitsAt(chain: readonly ChainCommit[], dates: readonly number[]): (ChainCommit | null)[] {
  return dates.map((date) => chain.find((c) => c.time <= date) ?? null);
}

/** The calendar quarter (UTC) of a date in unix seconds, as a number that grows with time. */
const quarterIndex = (date: number): number => {
  const d = new Date(date * 1000);
  return d.getUTCFullYear() * 4 + Math.floor(d.getUTCMonth() / 3);
};

/**
 * Which dates get per-area figures: the last date of each calendar quarter (UTC), so the last date
 * always (the quarters report.md's "Over time" table shows). A point's graph costs about a cold
 * graph stage's tenth to a half; at every monthly point the trend would outgrow its time budget.
 */
export function quarterLastDates(dates: readonly number[]): Set<number> {
  const kept = new Set<number>();
  dates.forEach((date, i) => {
    const next = dates[i + 1];
    if (next === undefined || quarterIndex(next) !== quarterIndex(date)) kept.add(i);
  });
  return kept;
}
