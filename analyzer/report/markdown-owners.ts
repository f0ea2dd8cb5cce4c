/**
 * report.md's "Declared owners against real ones" (issue #14, part 1) and "If they left"
 * (part 3): built from the finished report alone. Everything from the repository (paths, owners,
 * names, the CODEOWNERS lines in the patch) is text: escaped in prose, fenced in the patch.
 */
import { code, codeCell, md, table } from './markdown-escape.js';
import { nameOf, personLabel, riskLabel, type Lookup } from './markdown-lookup.js';
import { ROOT } from '../metrics/area-tree.js';
import { HUB_RULE, hubsOf, hubThreshold } from './compare/hubs.js';
import type { ReportModule } from './schema/index.js';
import { count, grouped } from './wording/count.js';
import { leavingFigures } from './wording/what-if-left.js';

const TITLE = '## Declared owners against real ones';

export function declaredOwnersSection(l: Lookup, top: number): string[] {
  const entry = l.report.codeowners;
  if (entry === undefined) return [];
  if (!l.hasHistory) return [TITLE, '', 'Not known without git history: who is an active author comes from it.'];
  const lines = [TITLE, ''];
  if (entry === null) lines.push('The repository has no CODEOWNERS file (GitHub reads `.github/CODEOWNERS`, `CODEOWNERS` or `docs/CODEOWNERS`), and no risky area has an active author to suggest.');
  else if (!entry.exists) lines.push('The repository has no CODEOWNERS file (GitHub reads `.github/CODEOWNERS`, `CODEOWNERS` or `docs/CODEOWNERS`): every module is unowned.');
  else if (!entry.used) lines.push(`GitHub ignores ${code(entry.path)} as it stands (see the warnings: an invalid line, or 3 MB or more), so it declares no owner and GitHub requests no review from code owners.`);
  else lines.push(`From ${code(entry.path)} (${count(entry.rules, 'rule')}), by GitHub's rules: the last matching pattern wins. An owner counts as real when one of the people it maps to is an active author of the file by degree of authorship.`);
  lines.push(...noActiveOwner(l, top), ...staleOwners(l, top), ...unownedHubs(l, top), ...patchBlock(l));
  return lines;
}

function activeNames(l: Lookup, ids: readonly string[]): string {
  return ids.length === 0 ? 'none' : ids.slice(0, 3).map((id) => md(nameOf(l, id))).join(', ') + (ids.length > 3 ? ` and ${ids.length - 3} more` : '');
}

function declaredText(declared: readonly string[] | null | undefined): string {
  if (declared === null || declared === undefined) return 'none (no rule matches)';
  if (declared.length === 0) return 'none (a rule leaves it unowned)';
  return declared.slice(0, 4).map((o) => codeCell(o)).join(' ') + (declared.length > 4 ? ` and ${declared.length - 4} more` : '');
}

function noActiveOwner(l: Lookup, top: number): string[] {
  if (!l.report.codeowners?.used) return [];
  const known = new Set(l.report.codeowners.owners.filter((o) => o.people.length > 0).map((o) => o.owner));
  const candidates = l.report.modules
    .filter((m) => (m.risk.level === 'high' || m.risk.level === 'critical') && m.owners !== undefined && m.owners.declared !== null && m.owners.activeDeclared === 0)
    .sort((a, b) => (b.risk.score ?? 0) - (a.risk.score ?? 0));
  // owners nobody can be told apart from (unmapped teams, unknown logins) might be active: not counted as a finding
  const risky = candidates.filter((m) => m.owners?.declared?.length === 0 || m.owners?.declared?.some((o) => known.has(o)));
  const unknown = candidates.length - risky.length;
  const note = unknown > 0 ? [`${count(unknown, 'more high-risk module')} ${unknown === 1 ? 'has' : 'have'} only declared owners blastmap cannot identify (map them in the config key declaredOwners).`] : [];
  const head = ['', '### High-risk modules whose declared owners include no active author', ''];
  if (risky.length === 0) return [...head, unknown > 0 ? `None that blastmap can tell: ${note[0] ?? ''}` : 'None.'];
  const rows = risky.slice(0, top).map((m) => [codeCell(m.path), riskLabel(l, m.risk), declaredText(m.owners?.declared), activeNames(l, m.owners?.suggested ?? [])]);
  return [...head, ...table(['Module', 'Risk', 'Declared owners', 'Active authors'], rows), ...(risky.length > top ? [`- and ${count(risky.length - top, 'more module')}`] : []), ...(note.length > 0 ? ['', ...note] : [])];
}

function staleOwners(l: Lookup, top: number): string[] {
  const entry = l.report.codeowners;
  if (!entry?.used) return [];
  const flagged = entry.owners
    .map((o) => ({ o, why: ownerProblem(l, o) }))
    .filter((x): x is { o: typeof x.o; why: string } => x.why !== null);
  const head = ['', '### Declared owners who are inactive or never authored what they own', ''];
  if (flagged.length === 0) return [...head, 'None: every declared owner blastmap can identify is active and an author of some of what they own.'];
  const rows = flagged.slice(0, top).map(({ o, why }) => [codeCell(o.owner), o.people.length === 0 ? 'not known' : o.people.slice(0, 3).map((id) => md(personLabel(l, id))).join(', '), String(o.modules), String(o.authored), why]);
  return [...head, ...table(['Owner', 'Who', 'Modules declared', 'Authored (DOA)', 'Finding'], rows), ...(flagged.length > top ? [`- and ${count(flagged.length - top, 'more owner')}`] : [])];
}

function ownerProblem(l: Lookup, o: NonNullable<typeof l.report.codeowners>['owners'][number]): string | null {
  if (o.people.length === 0) return o.owner.includes('/') ? 'a team blastmap cannot resolve: list its members in the config key declaredOwners' : 'not found in the history: map it in the config key declaredOwners';
  const active = o.people.some((id) => l.people.get(id)?.active === true);
  if (!active) return 'inactive: no commit in the activity window';
  if (o.authored === 0) return 'never an author (DOA) of what they own';
  if (o.activeAuthored === 0) return 'active, but an author only of what others now hold';
  return null;
}

/**
 * The unowned hubs, by the one hub rule blastmap has (compare/hubs.ts, which `blastmap diff` also
 * reports by): a module a tenth of the product reaches is a hub, one a single file imports is not.
 */
function unownedHubs(l: Lookup, top: number): string[] {
  const isUnowned = (m: ReportModule): boolean => m.owners === undefined || m.owners.declared === null || m.owners.declared.length === 0;
  const all = hubsOf(l.report);
  const least = hubThreshold(l.report.summary.kinds.source);
  const dependents = (m: ReportModule): number => all.get(m.path) as number;
  const hubs = l.report.modules.filter((m) => all.has(m.path) && isUnowned(m)).sort((a, b) => dependents(b) - dependents(a) || (a.path < b.path ? -1 : 1));
  const head = ['', '### Unowned hubs', '', `Hubs that no CODEOWNERS rule gives an owner, most dependents first. A hub is ${HUB_RULE}: here ${grouped(least)} or more, as in \`blastmap diff\`.`, ''];
  if (hubs.length === 0) return [...head, 'None.'];
  const rows = hubs.slice(0, top).map((m) => [codeCell(m.path), grouped(dependents(m)), activeNames(l, m.owners?.suggested ?? [])]);
  return [...head, ...table(['Module', 'Dependents', 'Active authors'], rows), ...(hubs.length > top ? [`- and ${count(hubs.length - top, 'more unowned hub')}`] : [])];
}

function patchBlock(l: Lookup): string[] {
  const entry = l.report.codeowners;
  const head = ['', '### Suggested CODEOWNERS change', ''];
  if (!entry || entry.suggestion.patch === '') {
    const risky = l.report.areas.some((a) => a.path !== '.' && (a.risk.level === 'medium' || a.risk.level === 'high' || a.risk.level === 'critical'));
    return [...head, risky ? 'None: every area at medium risk or above either has an active author among its declared owners or no active author to name.' : 'None: no area is at medium risk or above.'];
  }
  const areas = entry.suggestion.areas;
  // `blastmap codeowners` prints a diff against a CODEOWNERS file, and the new file when there is none
  const folder = entry.suggestion.path.includes('/') ? entry.suggestion.path.slice(0, entry.suggestion.path.lastIndexOf('/')) : null;
  // without a file the suggestion's path is GitHub's first place, `.github/CODEOWNERS`: a command of ours, shown as written
  const apply = entry.exists ? '`blastmap codeowners | git apply`' : `\`${folder === null ? '' : `mkdir -p ${folder} && `}blastmap codeowners > ${entry.suggestion.path}\``;
  const intro = `Rules for ${count(areas.length, 'area')} at medium risk or above whose declared owners include no active author blastmap can identify (a team counts only once the config key declaredOwners lists its members), naming their active authors by degree of authorship (GitHub login when known, else email), ${entry.exists ? 'appended so that they take precedence' : 'in a new CODEOWNERS file'}. Review before applying: ${apply}.`;
  return [...head, intro, '', ...fenced(entry.suggestion.patch.trimEnd(), 'diff')];
}

/** A code fence longer than any backtick run in the text, so repository text cannot close it. */
export function fenced(text: string, info: string): string[] {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${info}`, ...text.split('\n'), fence];
}

/** "If they left": the truck-factor people one by one, and the --leaving people when given. */
export function ifTheyLeftSection(l: Lookup, top: number): string[] {
  if (!l.hasHistory) return [];
  const r = l.report;
  const leaving = Array.isArray(r.options.leaving) ? (r.options.leaving as string[]) : [];
  const lines = ['## If they left', ''];
  if (leaving.length > 0) lines.push(`This report counts ${leaving.map((id) => `**${md(nameOf(l, id))}**`).join(', ')} as gone at "now" (\`--leaving\`): every figure above treats them as inactive and their knowledge as lost.`, '');
  const people = r.summary.truckFactorAuthors.slice(0, 5);
  if (people.length === 0) return leaving.length > 0 ? lines : [];
  lines.push(`The truck factor is ${String(r.summary.truckFactor)}: the people below hold up most of the source code. What each one leaving alone would take away (areas and modules that have an active author today and would have none):`, '');
  const ifLeft = leavingFigures(r);
  for (const id of people) {
    const w = ifLeft([id]);
    if (l.people.get(id)?.active === false) {
      // already gone: nothing active is lost, but the truck factor counts everyone who wrote the code
      lines.push(`- **${md(personLabel(l, id))}**: already inactive, so no module or area loses an active author; the truck factor counts the authorship of people who left as well (Avelino et al.), so without them it would be ${String(w.truckFactorAfter)} (now ${String(w.truckFactorBefore)}).`);
      continue;
    }
    const hubs = w.modules.slice(0, Math.min(5, top)).map((p) => code(p)).join(', ');
    const topmost = outermost(l, w.areas);
    const areas = topmost.slice(0, Math.min(8, top)).map((p) => code(p)).join(', ');
    const parts = [
      w.modules.length === 0 ? 'no source module would lose its last active author' : `${count(w.modules.length, 'source module')} would have no active author${hubs ? ` (most depended on: ${hubs}${w.modules.length > 5 ? ', …' : ''})` : ''}`,
      w.areas.length === 0 ? 'no area would' : `${count(w.areas.length, 'area')} would have none${areasWhere(topmost, w.areas.length, areas, Math.min(8, top))}`,
      `the truck factor of those who stay: ${String(w.truckFactorAfter)} (now ${String(w.truckFactorBefore)})`,
    ];
    lines.push(`- **${md(personLabel(l, id))}**: ${parts.join('; ')}.`);
  }
  lines.push('', 'To see every figure recomputed as if someone left: `blastmap analyze --leaving <author id, name, email or GitHub login>`, or the viewer\'s "what if … left" picker.');
  return lines;
}

/** Where the areas that would lose their last active author lie: the outermost ones, the first `shown` of them named. */
function areasWhere(outermost: readonly string[], all: number, named: string, shown: number): string {
  const more = outermost.length > shown ? `, and ${grouped(outermost.length - shown)} more` : '';
  // the root is every module: "all within `.`" would leave the reader to know what `.` is
  if (outermost.length === 1 && outermost[0] === ROOT) return all === 1 ? ': the whole repository (`.`)' : ', the whole repository (`.`) among them';
  if (outermost.length === all) return `: ${named}${more}`;
  return outermost.length === 1 ? `, all within ${named}` : ` (${grouped(outermost.length)} outermost, the rest inside them): ${named}${more}`;
}

/** The areas not inside another of the list, most dependents first: where the loss starts. */
function outermost(l: Lookup, areas: readonly string[]): string[] {
  const set = new Set(areas);
  const parent = (p: string): string => (p.lastIndexOf('/') <= 0 ? '.' : p.slice(0, p.lastIndexOf('/')));
  const byPath = new Map(l.report.areas.map((a) => [a.path, a]));
  return areas
    .filter((p) => {
      for (let q = p; q !== '.'; ) {
        q = parent(q);
        if (set.has(q)) return false;
      }
      return true;
    })
    .sort((a, b) => (byPath.get(b)?.blastRadius ?? 0) - (byPath.get(a)?.blastRadius ?? 0) || (byPath.get(b)?.modules ?? 0) - (byPath.get(a)?.modules ?? 0) || (a < b ? -1 : 1));
}
