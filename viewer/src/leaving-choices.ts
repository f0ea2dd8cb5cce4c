/** Who the "what if … left" picker offers, and what its note says: pure, tested in Node. */
import type { Report } from '../../analyzer/report/schema/index.js';
import { whatIfLeft } from '../../analyzer/report/wording/what-if-left.js';

/** the active truck-factor people, then the active authors of the most modules, this many in all */
const LISTED = 30;

export function leavingCandidates(report: Report): string[] {
  const tf = report.summary.truckFactorAuthors.filter((id) => report.authors.some((a) => a.id === id && a.active));
  const others = report.authors
    .filter((a) => a.kind === 'human' && a.active && !tf.includes(a.id) && a.filesAuthored > 0)
    .sort((a, b) => b.filesAuthored - a.filesAuthored || (a.id < b.id ? -1 : 1))
    .map((a) => a.id);
  return [...tf, ...others].slice(0, LISTED);
}

/** What the note under the picker says about one pick, from the original report. */
export function leavingNote(report: Report, ids: readonly string[]): string {
  if (ids.length === 0) return '';
  const w = whatIfLeft(report, ids);
  return `${String(w.modules.length)} source module${w.modules.length === 1 ? '' : 's'} and ${String(w.areas.length)} area${w.areas.length === 1 ? '' : 's'} would have no active author; truck factor ${String(w.truckFactorBefore)} → ${String(w.truckFactorAfter)}. Colours show the bus factor; risk scores are not recomputed here (blastmap analyze --leaving does).`;
}

