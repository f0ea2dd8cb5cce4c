/**
 * report.md's "The team's own ratings": the areas rated in `.blastmap/familiarity.csv`, stuck ones
 * first (some rater said 3, reviewing, four ISO weeks running: the code ships but nobody can
 * explain it any more), then by risk. Nothing when the repository keeps no ratings.
 */
import { compareText } from '../core/compare-text.js';
import { md, table } from './markdown-escape.js';
import { riskLabel, type Lookup } from './markdown-lookup.js';
import type { ReportArea } from './schema/index.js';

const WORDS: Record<number, string> = { 1: 'fluent', 2: 'warming', 3: 'reviewing' };

export function familiaritySection(l: Lookup, top: number): string[] {
  const rated = l.report.areas.filter((a) => a.familiarity != null);
  const problems = l.report.warnings.filter((w) => w.code.startsWith('familiarity-')).length;
  const unused = problems === 0 ? [] : ['', `Some rows of .blastmap/familiarity.csv could not be used: ${problems} ${problems === 1 ? 'warning names them' : 'warnings name them'} with their lines (codes familiarity-…, in report.json's warnings).`];
  if (rated.length === 0) return problems === 0 ? [] : ["## The team's own ratings", '', 'No area has a usable rating.', ...unused];
  const stuck = rated.filter((a) => a.familiarity!.stuck);
  const score = (a: ReportArea): number => a.risk.score ?? -1;
  const ordered = [...rated].sort((a, b) => Number(b.familiarity!.stuck) - Number(a.familiarity!.stuck) || score(b) - score(a) || compareText(a.path, b.path));
  const shown = ordered.slice(0, Math.max(top, stuck.length));
  const name = (id: string): string => md(l.people.get(id)?.name ?? id);
  const lead = stuck.length === 0
    ? `${rated.length} ${rated.length === 1 ? 'area is' : 'areas are'} rated in .blastmap/familiarity.csv; none is stuck (rated 3, reviewing, by one person four ISO weeks running).`
    : `**${stuck.length} ${stuck.length === 1 ? 'area is' : 'areas are'} stuck**: rated 3 (reviewing: needs real effort to reconstruct) by the same person four ISO weeks running. ${rated.length} ${rated.length === 1 ? 'area is' : 'areas are'} rated in .blastmap/familiarity.csv.`;
  const more = ordered.length > shown.length ? ['', `${ordered.length - shown.length} more rated ${ordered.length - shown.length === 1 ? 'area' : 'areas'} in report.json (areas[].familiarity).`] : [];
  return ['## The team\'s own ratings', '', lead, '', ...table(
    ['Area', 'Stuck', 'Risk', 'Raters', 'Latest (median)'],
    shown.map((a) => {
      const f = a.familiarity!;
      const latest = `${f.latest}${WORDS[f.latest] ? ` ${WORDS[f.latest]}` : ''}`;
      return [md(a.path), f.stuck ? `**stuck** (${f.stuckRaters.map(name).join(', ')})` : 'no', riskLabel(l, a.risk), String(f.raters), latest];
    }),
  ), ...more, ...unused];
}
