/**
 * Recent change frequency, after CodeScene's hotspots (Tornhill, "Your Code as a Crime Scene",
 * 2015: change frequency = number of commits): commits in the window, halved for every further
 * `activityDays` that the last change lies before the activity window.
 */
const DAY_MS = 86_400_000;

export function recentChurn(commits: number, lastChange: string | null, now: string, activityDays: number): number {
  if (commits <= 0 || lastChange === null) return 0;
  const age = daysBetween(lastChange, now);
  if (age === null || age <= activityDays) return commits;
  return commits * 0.5 ** ((age - activityDays) / Math.max(1, activityDays));
}

/** Whole days from `from` to `to`, null when either date does not parse. */
export function daysBetween(from: string, to: string): number | null {
  const a = Date.parse(from);
  const b = Date.parse(to);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  return Math.max(0, (b - a) / DAY_MS);
}
