/**
 * --anonymize: people get pseudonyms everywhere (authors, ids pointing at them, and the
 * explanation strings that name them). Pseudonyms are ranks, `person-1` for the author with the
 * most commits, so they are stable for the same history and cannot be reversed: a hash of the
 * email could be, by hashing the emails anyone can read in `git log`. Agents and bots keep their
 * tool's name, numbered the same way.
 */
import type { Report, ReportAuthor } from './schema/index.js';
import { compareText } from '../core/compare-text.js';

interface Alias { id: string; name: string; email: string }

export function anonymizeReport(report: Report): Report {
  const out = structuredClone(report);
  const aliases = rankedAliases(report.authors);
  const newId = (id: string): string => aliases.get(id)?.id ?? id;
  const scrub = textScrubber(report.authors, aliases);

  out.authors = out.authors.map((a) => {
    const alias = aliases.get(a.id)!;
    // the merged identities are people's names and addresses too: numbered under the person's pseudonym
    const merged = a.aliases.map((m, i) => ({ name: `${alias.id}-alias-${i + 1}`, email: `${alias.id}-alias-${i + 1}@anonymized.invalid`, rule: m.rule }));
    return { ...a, ...alias, aliases: merged };
  });
  out.summary.truckFactorAuthors = out.summary.truckFactorAuthors.map(newId);
  for (const m of out.modules) {
    if (m.history) {
      m.history.authors = m.history.authors.map((a) => ({ ...a, id: newId(a.id) }));
      m.history.createdBy = m.history.createdBy === null ? null : newId(m.history.createdBy);
    }
    if (m.owners) m.owners = { ...m.owners, suggested: m.owners.suggested.map(newId) };
    scrubRisk(m.risk, scrub);
  }
  for (const area of out.areas) {
    area.authors = area.authors.map((a) => ({ ...a, id: newId(a.id) }));
    if (area.owners) area.owners = { ...area.owners, suggested: area.owners.suggested.map(newId) };
    if (area.familiarity) area.familiarity = { ...area.familiarity, stuckRaters: area.familiarity.stuckRaters.map(newId).sort() };
    scrubRisk(area.risk, scrub);
  }
  if (out.codeowners) out.codeowners = anonymizedCodeowners(out.codeowners, newId, scrub);
  if (Array.isArray(out.options.leaving)) out.options = { ...out.options, leaving: (out.options.leaving as string[]).map(newId) };
  out.warnings = out.warnings.map((w) => ({ ...w, message: scrub(w.message) }));
  out.options = { ...out.options, anonymize: true };
  return out;
}

/**
 * CODEOWNERS text is the repository's own and stays; what blastmap worked out about people goes:
 * ids become pseudonyms, the logins learnt from noreply addresses are dropped, and the suggested
 * patch names each person by pseudonym instead of login or email.
 */
function anonymizedCodeowners(entry: NonNullable<Report['codeowners']>, newId: (id: string) => string, scrub: (s: string) => string): NonNullable<Report['codeowners']> {
  const byLogin = new Map(Object.entries(entry.logins).map(([id, login]) => [`@${login}`, `@${newId(id)}`]));
  // only the added lines: the context lines are the repository's file, which `git apply` must find as it is
  const patch = entry.suggestion.patch
    .split('\n')
    .map((line) => (line.startsWith('+') && !line.startsWith('+++') ? scrub(line.split(' ').map((t) => byLogin.get(t) ?? t).join(' ')) : line))
    .join('\n');
  return {
    ...entry,
    owners: entry.owners.map((o) => ({ ...o, people: o.people.map(newId) })),
    logins: {},
    suggestion: { ...entry.suggestion, patch, lines: entry.suggestion.lines.map((line) => scrub(line.split(' ').map((t) => byLogin.get(t) ?? t).join(' '))) },
  };
}

function rankedAliases(authors: readonly ReportAuthor[]): Map<string, Alias> {
  const ranked = [...authors].sort((a, b) => b.commits - a.commits || compareText(a.firstCommit ?? '', b.firstCommit ?? '') || compareText(a.id, b.id));
  const counters = new Map<string, number>();
  const aliases = new Map<string, Alias>();
  for (const author of ranked) {
    const prefix = author.kind === 'human' ? 'person' : (author.tool ?? author.kind).replace(/[^\w.-]+/g, '-');
    const rank = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, rank);
    const id = `${prefix}-${rank}`;
    aliases.set(author.id, { id, name: author.kind === 'human' ? id : author.tool ?? author.kind, email: `${id}@anonymized.invalid` });
  }
  return aliases;
}

function scrubRisk(risk: Report['modules'][number]['risk'], scrub: (s: string) => string): void {
  risk.explanation = scrub(risk.explanation);
  for (const f of risk.factors) if (f.detail !== undefined) f.detail = scrub(f.detail);
}

/** One pass, longest first, whole words only, so "Ann" never eats into "Anne" or a pseudonym. */
function textScrubber(authors: readonly ReportAuthor[], aliases: ReadonlyMap<string, Alias>): (s: string) => string {
  const replacement = new Map<string, string>();
  for (const a of authors) {
    const alias = aliases.get(a.id)!;
    const merged = a.aliases.flatMap((m) => [[m.email, alias.email], [m.name, alias.name]] as const);
    for (const [from, to] of [[a.email, alias.email], [a.id, alias.id], [a.name, alias.name], ...merged] as const) {
      if (from.trim().length >= 2 && !replacement.has(from.toLowerCase())) replacement.set(from.toLowerCase(), to);
    }
  }
  if (replacement.size === 0) return (s) => s;
  const alternatives = [...replacement.keys()].sort((x, y) => y.length - x.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  return (s) => s.replace(pattern, (match) => replacement.get(match.toLowerCase()) ?? match);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
