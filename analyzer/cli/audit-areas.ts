/**
 * Which areas `blastmap audit` asks a person about, riskiest first, and the one line of context
 * shown with each. Pure over a finished report.
 */
import { areaChain, areaOf } from '../metrics/area-tree.js';
import { distinctAreas } from '../report/markdown-risks.js';
import type { Report, ReportArea, ReportAuthor } from '../report/schema/index.js';
import { scoreLabel, type LevelThresholds } from '../report/wording/score-text.js';

export interface AuditArea {
  area: ReportArea;
  /** the newest change to any of its modules, YYYY-MM-DD, or null */
  lastChange: string | null;
  /** why it is asked: the person authors it (DOA), is declared owner of it, or both */
  because: ('author' | 'declared')[];
}

/** The areas `person` authors by DOA, and those they are declared owner of, riskiest first (folded chains once). */
export function areasToRate(report: Report, person: ReportAuthor): AuditArea[] {
  const authored = new Set(report.areas.filter((a) => a.authors.some((x) => x.id === person.id)).map((a) => a.path));
  const declared = declaredAreasOf(report, person);
  const last = lastChanges(report);
  // the areas report.md and the viewer show: a directory whose one sub-directory holds all its
  // modules is that sub-directory, asked about once, under the deepest name
  return distinctAreas(report.areas)
    .filter((a) => authored.has(a.path) || declared.has(a.path))
    .map((area) => ({
      area,
      lastChange: last.get(area.path) ?? null,
      because: [...(authored.has(area.path) ? ['author' as const] : []), ...(declared.has(area.path) ? ['declared' as const] : [])],
    }))
    .sort((x, y) => (y.area.risk.score ?? -1) - (x.area.risk.score ?? -1) || y.area.blastRadius - x.area.blastRadius || (x.area.path < y.area.path ? -1 : 1));
}

/**
 * The areas whose modules' CODEOWNERS entries (`modules[].owners.declared`, report contract
 * "Declared owners") name this person: an entry names them when it is one of their email
 * addresses, or when the report's CODEOWNERS reading maps it to them (`codeowners.owners[].people`:
 * a login known from a GitHub noreply address, or a login or team the config key declaredOwners
 * maps). A report without owners gives no declared areas.
 */
export function declaredAreasOf(report: Report, person: ReportAuthor): Set<string> {
  const mine = new Set([person.email, ...person.aliases.map((a) => a.email)].filter((e) => e !== '').map((e) => e.toLowerCase()));
  const mapped = new Set((report.codeowners?.owners ?? []).filter((o) => o.people.includes(person.id)).map((o) => o.owner));
  const names = (owner: string): boolean => mapped.has(owner) || mine.has(owner.toLowerCase());
  const areas = new Set<string>();
  for (const module of report.modules) {
    const declared = module.owners?.declared;
    if (declared && declared.some(names)) areas.add(areaOf(module.path));
  }
  return areas;
}

function lastChanges(report: Report): Map<string, string> {
  const last = new Map<string, string>();
  for (const m of report.modules) {
    const date = m.history?.lastChange?.slice(0, 10);
    if (!date) continue;
    for (const area of areaChain(areaOf(m.path))) if ((last.get(area) ?? '') < date) last.set(area, date);
  }
  return last;
}

/** `blast radius 12 · last change 2026-10-01 · AI 25% · risk 0.62 high`: the score printed as report.md prints it (score-text.ts) */
export function contextLine(item: AuditArea, thresholds: LevelThresholds | null): string {
  const { area } = item;
  const risk = area.risk.score === null ? 'no score' : `risk ${scoreLabel(area.risk.score, area.risk.level, thresholds)}`;
  const rated = area.familiarity ? ` · rated ${area.familiarity.latest} by ${area.familiarity.raters}${area.familiarity.stuck ? ', stuck at 3' : ''}` : '';
  const declared = item.because.includes('declared') ? ' · declared owner' : '';
  return `blast radius ${area.blastRadius} · last change ${item.lastChange ?? 'never'} · AI ${area.aiCommitRatio === null ? 'n/a' : `${Math.round(area.aiCommitRatio * 100)}%`} · ${risk}${rated}${declared}`;
}

/**
 * Text from the repository (paths, names) as a terminal may show it: control characters (an
 * escape sequence can move the cursor, retitle the window or hide text) become U+FFFD.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}
