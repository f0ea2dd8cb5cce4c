/**
 * A comparison of two reports as Markdown: `blastmap diff`'s output (depth 1: a title of its own)
 * and report.md's "Since the last review" (depth 2). Every string from the reports goes through md().
 */
import { md, table } from '../markdown-escape.js';
import type { LevelChangeEntry, ReportComparison } from '../schema/comparison.js';
import { scoreLabel } from '../wording/score-text.js';
import { pct } from '../../score/format.js';
import { grouped } from '../../core/grouped.js';
import { normalName } from '../../history/person-match.js';

export interface ComparisonMarkdownOptions {
  /** 1: "# blastmap diff" with "##" sections; 2: "## Since the last review" with "###" sections */
  depth: 1 | 2;
  /** rows per list or table before "and N more" */
  top: number;
}

export function comparisonMarkdown(c: ReportComparison, options: ComparisonMarkdownOptions): string {
  const h = (level: number) => '#'.repeat(options.depth + level);
  const top = Math.max(1, Math.floor(options.top));
  const title = options.depth === 1 ? `${h(0)} blastmap diff: ${md(c.new.root)}` : `${h(0)} Since the last review`;
  const sections = [
    [title, '', ...sides(c)],
    c.notes.length > 0 ? c.notes.map((n) => `> **Note:** ${md(n)}`) : [],
    figures(c),
    levelSection(`${h(1)} Risk level changes: modules`, c.modules.levelChanges, c, top),
    levelSection(`${h(1)} Risk level changes: areas`, c.areas.levelChanges, c, top),
    hubs(`${h(1)} Hubs`, c, top),
    people(`${h(1)} Authors who left`, c, top),
    added(`${h(1)} Modules added and removed`, c, top),
  ];
  return sections.filter((s) => s.length > 0).map((s) => s.join('\n').trimEnd()).join('\n\n') + '\n';
}

function sides(c: ReportComparison): string[] {
  const one = (s: ReportComparison['old']) =>
    `${md(s.root)} at ${s.head ? md(s.head.slice(0, 12)) : 'no commit'} (${md(s.now.slice(0, 10))}; blastmap ${md(s.toolVersion)}, schema ${s.schemaVersion})`;
  return [`Then: ${one(c.old)}. Now: ${one(c.new)}.`];
}

function figures(c: ReportComparison): string[] {
  const s = c.summary;
  const count = (x: number | null) => (x === null ? 'n/a' : grouped(x));
  const share = (x: number | null) => (x === null ? 'n/a' : pct(x));
  const pair = (f: { then: number | null; now: number | null }, show: (x: number | null) => string) =>
    f.then === f.now ? `${show(f.now)} (unchanged)` : `${show(f.then)} → ${show(f.now)}`;
  const levels = (l: ReportComparison['summary']['levels']['then']) =>
    l === null ? 'no risk levels (no git history)' : `${grouped(l.critical)} critical, ${grouped(l.high)} high, ${grouped(l.medium)} medium, ${grouped(l.low)} low`;
  const levelLine = JSON.stringify(s.levels.then) === JSON.stringify(s.levels.now) ? `${levels(s.levels.now)} (unchanged)` : `${levels(s.levels.then)} → ${levels(s.levels.now)}`;
  return [
    `- **Truck factor:** ${pair(s.truckFactor, count)}`,
    `- **AI-assisted commits:** ${pair(s.aiCommitRatio, share)}`,
    `- **Active authors:** ${pair(s.activeAuthors, count)}`,
    `- **Modules:** ${count(s.modules.then)} → ${count(s.modules.now)}: ${grouped(c.modules.added.length)} added, ${grouped(c.modules.removed.length)} removed; source modules ${count(s.sourceModules.then)} → ${count(s.sourceModules.now)}`,
    `- **Risk levels (modules):** ${levelLine}`,
  ];
}

function levelSection(title: string, changes: readonly LevelChangeEntry[], c: ReportComparison, top: number): string[] {
  if (!c.levelsComparable) return [];
  if (changes.length === 0) return [title, '', 'No risk level changed.'];
  const rows = changes.slice(0, top).map((x) => [
    md(x.path),
    scoreLabel(x.scoreThen, x.levelThen, c.old.thresholds),
    scoreLabel(x.scoreNow, x.levelNow, c.new.thresholds),
    moved(x),
  ]);
  return [title, '', ...table(['Path', 'Then', 'Now', 'Moved most'], rows), ...more(changes.length, top, 'change')];
}

/** "knowledgeLoss +0.213 (0 % of its authorship … → 100 % …)": the factor, its part of the score change, and its figures then and now. */
function moved(x: LevelChangeEntry): string {
  const m = x.moved;
  if (m === null) return 'n/a';
  const detail = (d: string | null, v: number | null) => (d !== null ? md(d) : v !== null ? v.toFixed(2) : 'absent');
  const figures = m.detailThen === m.detailNow && m.valueThen === m.valueNow ? '' : ` (${detail(m.detailThen, m.valueThen)} → ${detail(m.detailNow, m.valueNow)})`;
  return `${md(m.name)} ${m.share >= 0 ? '+' : '−'}${Math.abs(m.share).toFixed(3)}${figures}`;
}

function hubs(title: string, c: ReportComparison, top: number): string[] {
  const { appeared, vanished } = c.hubs;
  const lines = [title, '', `A hub is ${md(c.hubRule)}.`, ''];
  if (appeared.length + vanished.length === 0) return [...lines, 'No hub appeared or vanished.'];
  const dependents = (n: number | null) => (n === null ? 'not there' : `${grouped(n)} dependent${n === 1 ? '' : 's'}`);
  const entry = (x: ReportComparison['hubs']['appeared'][number]) => `${md(x.path)} (${dependents(x.dependentsThen)} → ${dependents(x.dependentsNow)})`;
  if (appeared.length > 0) lines.push(`- **New hubs (${grouped(appeared.length)}):** ${capped(appeared.map(entry), top)}`);
  if (vanished.length > 0) lines.push(`- **Hubs no longer (${grouped(vanished.length)}):** ${capped(vanished.map(entry), top)}`);
  return lines;
}

function people(title: string, c: ReportComparison, top: number): string[] {
  const { authors } = c;
  if (!authors.comparable) return [title, '', 'Not known: only one of the reports is anonymized, so people cannot be matched.'];
  const lines = [title, '', 'People active in the old report who are not active in the new one.', ''];
  const arrivedNames = new Set(authors.arrived.map((p) => normalName(p.name)));
  if (authors.left.length === 0) lines.push('Nobody.');
  else {
    lines.push(...authors.left.slice(0, top).map((p) => {
      const last = p.lastCommit === null ? 'no commit' : `last commit ${md(p.lastCommit.slice(0, 10))}`;
      const gone = p.inNewReport ? '' : '; no commit in the new report\'s history';
      // one person, two emails, no .mailmap entry: "left" and "newly active" at once reads as a contradiction
      const namesake = arrivedNames.has(normalName(p.name)) ? '; someone of the same name is newly active: likely the same person under another email, which .mailmap would join' : '';
      return `- ${md(p.name)} (${last}; author of ${p.filesAuthoredThen} source module${p.filesAuthoredThen === 1 ? '' : 's'} then${gone}${namesake})`;
    }));
    lines.push(...more(authors.left.length, top, 'person', 'people'));
  }
  if (authors.arrived.length > 0) lines.push('', `Newly active: ${capped(authors.arrived.map((p) => md(p.name)), top)}.`);
  return lines;
}

function added(title: string, c: ReportComparison, top: number): string[] {
  const { added: plus, removed: minus } = c.modules;
  if (plus.length + minus.length === 0) return [title, '', 'None.'];
  const lines = [title, ''];
  if (plus.length > 0) lines.push(`- **Added (${grouped(plus.length)}):** ${capped(plus.map(md), top)}`);
  if (minus.length > 0) lines.push(`- **Removed (${grouped(minus.length)}):** ${capped(minus.map(md), top)}`);
  return lines;
}

function capped(items: readonly string[], top: number): string {
  return items.length > top ? `${items.slice(0, top).join(', ')} and ${grouped(items.length - top)} more` : items.join(', ');
}

function more(total: number, top: number, word: string, words = `${word}s`): string[] {
  return total > top ? ['', `… and ${grouped(total - top)} more ${total - top === 1 ? word : words} (all of them in the JSON form).`] : [];
}

