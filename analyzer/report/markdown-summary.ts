/** report.md header and summary: what was analysed, and where the knowledge of it rests. */
import { code, md, table } from './markdown-escape.js';
import { percent, personLabel, type Lookup } from './markdown-lookup.js';
import type { Report } from './schema/index.js';
import { count } from './wording/count.js';
import { NO_HISTORY_HEADLINE } from './wording/limits.js';
import { compareText } from '../core/compare-text.js';
import { grouped } from '../core/grouped.js';

export function header(l: Lookup): string[] {
  const { repo, tool, options } = l.report;
  const since = typeof options['since'] === 'string' ? `, since ${md(options['since'])}` : '';
  const window = repo.firstCommitDate && repo.lastCommitDate
    ? `${day(repo.firstCommitDate)} to ${day(repo.lastCommitDate)}: ${count(repo.commitsAnalyzed, 'commit')}${since}${repo.shallow ? ' (shallow clone: history is incomplete)' : ''}`
    // a --since after the last commit: the window is empty, but who wrote the code is still known
    : l.hasHistory ? `no commit${since}: nothing to count for commits, churn and AI-assisted shares; authorship comes from the whole history`
    : NO_HISTORY_HEADLINE;
  return [
    `# blastmap report: ${md(repo.root)}`,
    '',
    ...table(['', ''], [
      ['Repository', md(repo.root)],
      ['HEAD', repo.head ? `${md(repo.head.slice(0, 12))}${repo.branch ? ` on ${md(repo.branch)}` : ''}` : 'none'],
      ['Date', md(day(repo.now))],
      ['Window', window],
      ['Tool', `${md(tool.name)} ${md(tool.version)}`],
    ]),
  ];
}

export function summary(l: Lookup): string[] {
  const s = l.report.summary;
  const lines = [
    s.modules === 0
      ? '- **Modules:** none: no TypeScript, JavaScript, Vue, Svelte or Astro file in the analyzed folder became a module'
      : `- **Modules:** ${grouped(s.modules)} (${kindsLine(s.kinds)}), **import edges:** ${grouped(s.edges)}, **import cycles:** ${grouped(s.cycles)}`,
    l.hasHistory
      ? `- **Risk levels (modules):** ${grouped(s.levels.critical)} critical, ${grouped(s.levels.high)} high, ${grouped(s.levels.medium)} medium, ${grouped(s.levels.low)} low`
      : `- **Risk levels (modules):** ${NO_HISTORY_HEADLINE}`,
  ];
  if (!l.hasHistory) return ['## Summary', '', ...lines];
  const rests = s.truckFactorAuthors.map((id) => md(personLabel(l, id)));
  const seen = historySeen(l);
  lines.push(s.truckFactor === null
    ? '- **Truck factor:** not computable'
    : `- **Truck factor:** ${s.truckFactor}${seen}${rests.length ? `: the code rests on ${rests.join(', ')}` : ''}`);
  lines.push(`- **Authors:** ${grouped(s.authors)} (${grouped(s.activeAuthors)} active)${seen}`);
  // a --since after the last commit leaves the window empty; authorship still comes from the whole history
  lines.push(l.report.repo.commitsAnalyzed === 0 ? '- **AI-assisted commits:** no commit in the window' : `- **AI-assisted commits:** ${percent(s.aiCommitRatio)} of ${grouped(s.commits)}${trend(s.monthly)}`);
  if (s.aiMarkers.length > 0)
    lines.push(`- **Why they count as AI-assisted:** ${s.aiMarkers.slice(0, 5).map((m) => `${code(m.rule)} (${m.commits})`).join('; ')}`);
  const recorded = provenance(l.report.provenance);
  if (recorded !== null) lines.push(recorded);
  const split = namesakes(l.report.authors);
  if (split.length > 0) {
    const shown = split.slice(0, 5).map(([name, n]) => `${md(name)} (${n} emails)`).join(', ');
    lines.push(`- **Same name, several emails, some of them inactive:** ${shown}${split.length > 5 ? ` and ${split.length - 5} more` : ''}. ` +
      'Until .mailmap joins them, each inactive email counts as a person who left.');
  }
  return ['## Summary', '', ...lines];
}

/** " in the 1,208 commits read" when the history is cut short or shallow: these figures see no further. */
function historySeen(l: Lookup): string {
  const cut = l.limits.find((x) => x.code === 'history-incomplete' || x.code === 'shallow-clone');
  if (!cut) return '';
  return ` in the ${count(cut.count, 'commit')} ${cut.code === 'shallow-clone' ? 'present' : 'read'}`;
}

/** Which records said which lines an AI tool wrote; nothing when the repository keeps none. */
function provenance(p: Report['provenance']): string | null {
  if (p === undefined || (!p.gitAi && !p.agentTrace)) return null;
  const kept = [
    ...(p.gitAi ? [`git-ai notes (${p.notesRead} read)`] : []),
    ...(p.agentTrace ? [`Agent Trace records (${p.traceRecordsRead} read)`] : []),
  ];
  return `- **Line-level AI provenance:** ${kept.join(' and ')}; ${p.filesBlamed} files blamed; a module's AI share is the share of its lines they record as AI-written`;
}

/** Human names carried by more than one identity, at least one active and one not. */
export function namesakes(authors: Report['authors']): [string, number][] {
  const byName = new Map<string, { name: string; ids: number; active: boolean; inactive: boolean }>();
  for (const a of authors) {
    if (a.kind !== 'human') continue;
    const key = a.name.trim().toLowerCase();
    const entry = byName.get(key) ?? { name: a.name.trim(), ids: 0, active: false, inactive: false };
    entry.ids++;
    if (a.active) entry.active = true;
    else entry.inactive = true;
    byName.set(key, entry);
  }
  return [...byName.values()].filter((e) => e.ids > 1 && e.active && e.inactive).map((e) => [e.name, e.ids]);
}

/** The AI-assisted share in the last six months against the six before, commit-weighted. */
export function trend(monthly: Report['summary']['monthly']): string {
  const points = [...monthly].sort((a, b) => compareText(a.month, b.month));
  const share = (xs: typeof points) => {
    const commits = xs.reduce((n, p) => n + p.commits, 0);
    return commits > 0 ? xs.reduce((n, p) => n + p.aiCommits, 0) / commits : null;
  };
  const recent = share(points.slice(-6));
  const before = share(points.slice(-12, -6));
  if (recent === null || before === null) return '';
  const delta = recent - before;
  const word = delta >= 0.05 ? 'rising' : delta <= -0.05 ? 'falling' : 'steady';
  return `; ${word}: ${percent(recent)} in the last 6 months against ${percent(before)} in the 6 before`;
}

function day(iso: string): string {
  return iso.slice(0, 10);
}


/** What the modules are: only the source ones count toward blast radius, centrality and the truck factor. */
/** Thousands grouped as the header's window ("12,166 commits") and report/wording/count.ts group them. */

function kindsLine(kinds: Report['summary']['kinds']): string {
  const parts = [`${grouped(kinds.source)} source`];
  if (kinds.test > 0) parts.push(`${grouped(kinds.test)} ${kinds.test === 1 ? 'test' : 'tests'}`);
  if (kinds.example > 0) parts.push(`${grouped(kinds.example)} example${kinds.example === 1 ? '' : 's'}`);
  if (kinds.tooling > 0) parts.push(`${grouped(kinds.tooling)} tooling`);
  return parts.length === 1 ? 'all source' : `${parts.join(', ')}; only source modules count toward blast radius and the truck factor`;
}
