/**
 * True for `YYYY-MM-DD` naming a day the calendar has. JavaScript's Date takes 2026-02-30 and
 * rolls it over to 2026-03-02 without a word, so the day is made and read back: an impossible one
 * reads back as another. The one check for every date blastmap is given: --since, --now, the
 * config's since and now, audit --date and the rows of .blastmap/familiarity.csv.
 */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
