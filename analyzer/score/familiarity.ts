/**
 * The team's own ratings, per area (report contract, "The team's own ratings"): `raters` counts
 * the people with a rating of the area, `latest` is the median of each rater's latest rating,
 * `stuck` is true when some rater's last four ratings of it, in four different ISO weeks, are all
 * 3 (reviewing). Within one ISO week a rater's last rating stands for the week (a rater who
 * corrects themselves the same day has rated once), so three 3s in one week are one week, not three.
 * Rows naming no known person or area are warnings with their line.
 */
import type { WarningSink } from '../core/warnings.js';
import type { FamiliarityRow, FamiliarityRows, Rating } from '../history/familiarity-file.js';
import type { HistoryAuthor } from '../history/model.js';
import { personMatcher } from '../history/person-match.js';

export interface AreaFamiliarity {
  raters: number;
  latest: number;
  stuck: boolean;
  /** ids of the raters stuck at 3 on it, sorted */
  stuckRaters: string[];
}

/** What the score reads: the latest ratings of the raters who are active authors of the repository. */
export interface FamiliarityFacts {
  familiarity: AreaFamiliarity;
  activeRaters: number;
  /** active raters whose latest rating is 1 (fluent) */
  activeFluent: number;
  /** active raters whose latest rating is 3 (reviewing) */
  activeReviewing: number;
}

export function resolveFamiliarity(
  input: FamiliarityRows,
  people: readonly HistoryAuthor[] | null,
  areaPaths: ReadonlySet<string>,
  warnings: WarningSink,
): Map<string, FamiliarityFacts> {
  const { problems } = input;
  const matcher = personMatcher(people ?? []);
  const active = new Map((people ?? []).map((p) => [p.id, p.active]));
  // area -> person id -> rows in file order
  const byArea = new Map<string, Map<string, FamiliarityRow[]>>();
  for (const row of input.rows) {
    const who = matcher.match(row.person);
    if (who.id === null) {
      const why = people === null
        ? 'the repository has no git history, so no rater can be matched to an author'
        : who.why === 'ambiguous' ? `"${row.person}" names more than one author; write an email` : `"${row.person}" is no author's name or email in the history`;
      problems.add('familiarity-unknown-person', row.line, why);
      continue;
    }
    if (!areaPaths.has(row.area)) {
      problems.add('familiarity-unknown-area', row.line, `"${row.area}" is not an area of this analysis (a folder holding modules, or "." for the root)`);
      continue;
    }
    const raters = byArea.get(row.area) ?? new Map<string, FamiliarityRow[]>();
    byArea.set(row.area, raters);
    const rows = raters.get(who.id) ?? [];
    raters.set(who.id, rows);
    rows.push(row);
  }
  problems.flushInto(warnings);

  const facts = new Map<string, FamiliarityFacts>();
  for (const [area, raters] of byArea) {
    const latest: Rating[] = [];
    const stuckRaters: string[] = [];
    let activeRaters = 0;
    let activeFluent = 0;
    let activeReviewing = 0;
    for (const [id, rows] of [...raters].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const ordered = inDateOrder(rows);
      const last = ordered[ordered.length - 1]!.rating;
      latest.push(last);
      if (isStuck(ordered)) stuckRaters.push(id);
      if (active.get(id) === true) {
        activeRaters++;
        if (last === 1) activeFluent++;
        if (last === 3) activeReviewing++;
      }
    }
    facts.set(area, {
      familiarity: { raters: raters.size, latest: median(latest), stuck: stuckRaters.length > 0, stuckRaters },
      activeRaters,
      activeFluent,
      activeReviewing,
    });
  }
  return facts;
}

/** By date; rows of one date in file order (the later line is the later rating). */
function inDateOrder(rows: readonly FamiliarityRow[]): FamiliarityRow[] {
  return [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
}

/** The last rating of each ISO week; the last four weeks rated all 3. */
export function isStuck(ordered: readonly FamiliarityRow[]): boolean {
  const weeks: { week: string; rating: Rating }[] = [];
  for (const row of ordered) {
    const week = isoWeek(row.date);
    const previous = weeks[weeks.length - 1];
    if (previous?.week === week) previous.rating = row.rating;
    else weeks.push({ week, rating: row.rating });
  }
  return weeks.length >= 4 && weeks.slice(-4).every((w) => w.rating === 3);
}

/** ISO 8601 week of a YYYY-MM-DD date, as `YYYY-Www` (the week's Thursday decides the year). */
export function isoWeek(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 .. Sunday 6
  const thursday = new Date(day.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * 86_400_000;
  const week = 1 + Math.floor((thursday.getTime() - firstMonday) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The knowledge-loss factor of an area once its active raters have spoken (docs/scoring.md,
 * "The team's own ratings"): L' = L − f·(F/n)·L + r·(R/n)·(1 − L), with n active raters of whom F
 * rate it 1 (their knowledge counts: the loss shrinks toward 0) and R rate it 3 (their authorship is
 * knowledge no longer held: the loss grows toward 1); 2 leaves it. Stays in 0..1 for f, r in 0..1.
 */
export function ratedKnowledgeLoss(loss: number, facts: FamiliarityFacts | undefined, weights: { fluent: number; reviewing: number }): number {
  if (facts === undefined || facts.activeRaters === 0) return loss;
  const n = facts.activeRaters;
  const value = loss - weights.fluent * (facts.activeFluent / n) * loss + weights.reviewing * (facts.activeReviewing / n) * (1 - loss);
  return Math.min(1, Math.max(0, value));
}
