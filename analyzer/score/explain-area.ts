/** One plain sentence per area: who depends on it, who can still explain it, how it changes. */
import type { AreaFacts } from './area-facts.js';
import { ago, names, pct, plural, sentence } from './format.js';
import { grouped } from '../core/grouped.js';

export function explainArea(a: AreaFacts, sources: number, now: string | null): string {
  return sentence([exposure(a, sources), ...ownership(a, now)]);
}

function exposure(a: AreaFacts, sources: number): string {
  const size = plural(a.modules, 'module');
  if (a.blastRadius === 0) return `${size}; nothing outside it depends on it`;
  const share = sources > 0 ? a.blastRadius / sources : 0;
  return `${size}; ${pct(share)} of source modules (${a.blastRadius}) outside it depend on it, ${a.directDependents} directly`;
}

/**
 * Active people are authors of some of its files, but of fewer than half: the truck-factor greedy
 * removes nobody and the bus factor is 0. Listing them as if they held the area would contradict it.
 */
function underHalf(a: AreaFacts, active: readonly string[]): string {
  const has = a.filesWithActiveAuthor === 1 ? 'has' : 'have';
  return `bus factor 0: only ${grouped(a.filesWithActiveAuthor)} of its ${plural(a.scopeFiles, 'file')} ${has} an active author (${names(active)}), fewer than half`;
}

/**
 * More people are active than the bus factor counts: the factor is how many of them, most files
 * first, would have to go before fewer than half of its files had an active author. Named, so a
 * reader does not take "bus factor 1" beside three active names for a contradiction.
 */
function fewerThanActive(a: AreaFacts, busFactor: number, active: readonly string[]): string {
  const nameOf = new Map(a.authors.map((p) => [p.id, p.name]));
  // "without A and B": a list cut with commas alone would run into the clause after it
  const people = [...new Set(a.busFactorAuthors.map((id) => nameOf.get(id) ?? id))];
  const gone = people.length > 1 && people.length <= 3 ? `${people.slice(0, -1).join(', ')} and ${people[people.length - 1]!}` : names(people);
  return `bus factor ${busFactor}: without ${gone}, fewer than half of its files would have an active author (${active.length} active: ${names(active)})`;
}

function ownership(a: AreaFacts, now: string | null): string[] {
  if (a.busFactor === null) return ['no git history: structure only, no risk level'];
  if (a.commits === 0) return ['no commits to it in the analysed window'];
  const active = a.authors.filter((p) => p.active);
  const departed = a.authors.filter((p) => !p.active);
  const parts: string[] = [];
  if (active.length === 0) parts.push('no active author');
  else if (a.busFactor === 0) parts.push(underHalf(a, active.map((p) => p.name)));
  else if (a.busFactor >= active.length) parts.push(`bus factor ${a.busFactor} (${names(active.map((p) => p.name))} active)`);
  else parts.push(fewerThanActive(a, a.busFactor, active.map((p) => p.name)));
  if (a.orphanedShare >= 0.005 && active.length > 0) parts.push(`${pct(a.orphanedShare)} of its code has no active author`);
  if (departed.length > 0) {
    const [top, ...rest] = departed;
    const last = ago(top!.lastCommit, now);
    const notes = [last ? `last commit ${last}` : '', top!.namesakeActive ? 'an active author has the same name' : ''].filter(Boolean);
    const first = notes.length ? `${top!.name} (${notes.join('; ')})` : top!.name;
    parts.push(`authors who left: ${names([first, ...rest.map((p) => p.name)], 3)}`);
  } else if (a.authors.length === 0) {
    // people may have committed to it; none reached the degree of authorship on any of its files
    parts.push('no person is an author of its files by degree of authorship');
  }
  parts.push(a.aiCommits === 0 ? `${plural(a.commits, 'file change')}, none AI-assisted`
    : a.commits === 1 ? 'its 1 file change was AI-assisted'
    : `${pct(a.aiCommits / a.commits)} of its ${plural(a.commits, 'file change')} were AI-assisted`);
  return parts;
}
