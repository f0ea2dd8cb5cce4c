import { compareText } from '../core/compare-text.js';
import type { ReviewRuleId } from '../core/review-options-schema.js';
import type { Report, ReportModule } from '../report/schema/index.js';
import type { ChangedFile } from './changed-files.js';
import { addedEdges, cyclesNotIn, cyclesOf, type SideGraph } from './graph-compare.js';
import { activeAuthorsBefore } from './ownership-before.js';
import type { RangeCommit } from './range-commits.js';
import type { FindingLevel, ResolvedReviewConfig } from './review-config.js';
import { activeAuthorsOf, authorNames } from './who-to-ask.js';

/** One finding before the gate: `key` tells it apart from other findings of its rule on its path (the baseline matches on rule, path and key). */
export interface RawFinding {
  rule: ReviewRuleId;
  path: string;
  key: string;
  message: string;
}

export interface Finding extends RawFinding {
  level: FindingLevel;
}

export interface ReviewFacts {
  report: Report;
  base: SideGraph;
  changed: readonly ChangedFile[];
  commits: readonly RangeCommit[];
  /** where an explanation was found (the pull request body, a commit), or null */
  explanation: string | null;
  config: ResolvedReviewConfig;
  /** the analysis' coupling.maxFilesPerCommit: a change of more files is a sweep, as history counts coupling */
  maxFilesPerCommit: number;
}

const LEVEL_RANK = { low: 0, medium: 1, high: 2, critical: 3 } as const;
const short = (sha: string): string => sha.slice(0, 7);
const quote = (path: string): string => `\`${path}\``;

function describe(module: ReportModule): string {
  const parts: string[] = [];
  if (module.risk.level !== null && module.risk.score !== null) parts.push(`risk ${module.risk.level} ${module.risk.score.toFixed(2)}`);
  parts.push(`blast radius ${module.graph.blastRadius}`);
  return parts.join(', ');
}

/** Which range commits touched which path (a rename's commits named the old path or the new). */
function touchesByPath(changed: readonly ChangedFile[], commits: readonly RangeCommit[]): Map<string, RangeCommit[]> {
  const alias = new Map<string, string>();
  for (const c of changed) {
    alias.set(c.path, c.path);
    if (c.from !== null) alias.set(c.from, c.path);
  }
  const touches = new Map<string, RangeCommit[]>();
  for (const commit of commits) {
    const seen = new Set<string>();
    for (const file of commit.files) {
      const path = alias.get(file);
      if (path === undefined || seen.has(path)) continue;
      seen.add(path);
      const list = touches.get(path);
      if (list) list.push(commit);
      else touches.set(path, [commit]);
    }
  }
  return touches;
}

/** Every rule's findings for the change, in rule order and path order. */
export function findChanges(facts: ReviewFacts): RawFinding[] {
  const { report, changed, config } = facts;
  const modules = new Map(report.modules.map((m) => [m.path, m]));
  const touches = touchesByPath(changed, facts.commits);
  const names = authorNames(report);
  const findings: RawFinding[] = [];
  const emails = new Map<string, string>();
  for (const a of report.authors) {
    if (a.kind !== 'human') continue;
    emails.set(a.email.toLowerCase(), a.id);
    for (const alias of a.aliases) emails.set(alias.email.toLowerCase(), a.id);
  }

  // ai-change-unexplained
  if (facts.explanation === null) {
    for (const c of changed) {
      if (c.status === 'deleted') continue;
      const module = modules.get(c.path);
      if (!module || module.kind !== 'source') continue;
      const ai = (touches.get(c.path) ?? []).filter((commit) => commit.ai.length > 0);
      if (ai.length === 0) continue;
      const risky = module.risk.level !== null && LEVEL_RANK[module.risk.level] >= LEVEL_RANK[config.aiRiskLevel];
      const wide = module.graph.blastRadius >= config.aiBlastRadius;
      if (!risky && !wide) continue;
      const first = ai[0] as RangeCommit;
      const tools = [...new Set(ai.flatMap((commit) => commit.ai.map((m) => m.tool)))].sort(compareText).join(', ');
      const commitsSaid = ai.length === 1 ? `commit ${short(first.sha)}` : `${ai.length} commits (first ${short(first.sha)})`;
      findings.push({
        rule: 'ai-change-unexplained',
        path: c.path,
        key: '',
        message: `${quote(c.path)} (${describe(module)}) was changed by AI-assisted ${commitsSaid} (${tools}) and the change has no "${config.explanationHeading}" section: add one to the pull request description saying what the change does, how it can fail and why this approach.`,
      });
    }
  }

  // made-unowned, unowned-hub-gains-author
  for (const c of changed) {
    if (c.status === 'deleted' || c.status === 'added') continue;
    const module = modules.get(c.path);
    const history = module?.history;
    if (!module || !history || module.kind !== 'source') continue;
    const before = activeAuthorsBefore(
      history,
      (touches.get(c.path) ?? []).map((commit) => ({ authorId: commit.kind === 'human' ? (emails.get(commit.email.toLowerCase()) ?? null) : null })),
    );
    const now = activeAuthorsOf(module, names);
    if (before.length > 0 && now.length === 0 && module.graph.blastRadius >= config.hubBlastRadius) {
      const who = before.map((id) => names.get(id) ?? id);
      findings.push({
        rule: 'made-unowned',
        path: c.path,
        key: '',
        message: `After this change ${quote(c.path)} (${describe(module)}) has no active author by degree of authorship; before it, ${who.join(', ')} ${who.length === 1 ? 'was one' : 'were'}: ask ${who.length === 1 ? 'them' : 'one of them'} to review it, or name who will own it.`,
      });
    }
    if (before.length === 0 && now.length > 0 && module.graph.blastRadius >= config.hubBlastRadius)
      findings.push({
        rule: 'unowned-hub-gains-author',
        path: c.path,
        key: '',
        message: `${quote(c.path)} (${describe(module)}) had no active author and now has one: ${now.join(', ')}.`,
      });
  }

  // new-cycle, cycle-removed, critical-dependency: the two graphs compared
  const head: SideGraph = report;
  const renamedTo = new Map(changed.filter((c) => c.from !== null).map((c) => [c.from as string, c.path]));
  const renamedFrom = new Map(changed.filter((c) => c.from !== null).map((c) => [c.path, c.from as string]));
  const headCycles = cyclesOf(head);
  const baseCycles = cyclesOf(facts.base);
  const changedPaths = new Set(changed.map((c) => c.path));
  for (const cycle of cyclesNotIn(headCycles, baseCycles, (p) => renamedFrom.get(p) ?? p)) {
    const at = cycle.find((p) => changedPaths.has(p)) ?? (cycle[0] as string);
    const shown = cycle.length > 6 ? `${cycle.slice(0, 6).map(quote).join(', ')} and ${cycle.length - 6} more` : cycle.map(quote).join(', ');
    findings.push({
      rule: 'new-cycle',
      path: at,
      key: cycle.join('\0'),
      message: `This change adds an import cycle of ${cycle.length === 1 ? 'a module importing itself' : `${cycle.length} modules`} (${shown}): remove the import this change added between them, or move what both need into a module of its own.`,
    });
  }
  for (const cycle of cyclesNotIn(baseCycles, headCycles, (p) => renamedTo.get(p) ?? p)) {
    const at = cycle.map((p) => renamedTo.get(p) ?? p).find((p) => changedPaths.has(p)) ?? (cycle[0] as string);
    findings.push({
      rule: 'cycle-removed',
      path: at,
      key: cycle.join('\0'),
      message: `This change breaks the import cycle of ${cycle.length} module${cycle.length === 1 ? '' : 's'} that ${quote(at)} was part of.`,
    });
  }
  const areas = new Map(report.areas.map((a) => [a.path, a]));
  for (const edge of addedEdges(head, facts.base, changed)) {
    const from = modules.get(edge.source);
    const to = modules.get(edge.target);
    if (!from || !to || from.kind !== 'source' || to.kind !== 'source' || to.risk.level !== 'critical') continue;
    const area = areas.get(from.area);
    if (!area || area.risk.level !== 'low' || from.area === to.area) continue;
    const owners = activeAuthorsOf(to, names);
    findings.push({
      rule: 'critical-dependency',
      path: edge.source,
      key: edge.target,
      message: `${quote(edge.source)}, in the low-risk area ${quote(from.area)}, now imports ${quote(edge.target)}, a critical module (${describe(to)}${owners.length === 0 ? ', no active author' : ''}): a break there now reaches this area too; import a narrower module if one serves${owners.length > 0 ? `, or ask ${owners.slice(0, 2).join(' or ')}` : ''}.`,
    });
  }

  // co-change-missing: hidden coupling (neither imports the other, nor takes its symbols through a re-export) between two source modules, whose partner the change left alone
  const changedNames = new Set(changed.flatMap((c) => (c.from === null ? [c.path] : [c.path, c.from])));
  // a sweep (formatting, a mass rename) says nothing of which files belong together, as in history/coupling.ts
  const sweep = changed.length > facts.maxFilesPerCommit;
  // one finding per changed file, naming its strongest missed partner: a file at the centre of a
  // feature can have a dozen partners, and a dozen warnings for one file is noise a reviewer skips
  const missed = new Map<string, { partner: string; together: number; confidence: number }[]>();
  for (const pair of sweep ? [] : report.coupling) {
    if (!pair.hidden) continue;
    for (const [mine, partner] of [[pair.a, pair.b], [pair.b, pair.a]] as const) {
      const c = changed.find((x) => x.path === mine && x.status === 'modified');
      // the product's own files on both sides: an example or a test that usually moves with a file is not a missed change
      if (!c || changedNames.has(partner) || modules.get(mine)?.kind !== 'source' || modules.get(partner)?.kind !== 'source') continue;
      missed.set(mine, [...(missed.get(mine) ?? []), { partner, together: pair.together, confidence: pair.confidence }]);
    }
  }
  for (const [mine, partners] of missed) {
    partners.sort((x, y) => y.confidence - x.confidence || y.together - x.together || compareText(x.partner, y.partner));
    const [top, ...rest] = partners as [(typeof partners)[number], ...typeof partners];
    const others = rest.length === 0 ? '' : ` (and ${rest.length} other ${rest.length === 1 ? 'file' : 'files'} that often changed with it, less often)`;
    findings.push({
      rule: 'co-change-missing',
      path: mine,
      key: top.partner,
      message: `${quote(mine)} changed without ${quote(top.partner)}, which changed in the same commit ${top.together} times (${Math.round(top.confidence * 100)}% of the commits of the less often changed of the two) although neither imports the other, nor takes a symbol of the other through a re-export: check whether ${quote(top.partner)} needs the same change${others}.`,
    });
  }

  const order = new Map<string, number>(Object.keys(config.rules).map((id, i) => [id, i]));
  return findings.sort((a, b) => (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0) || compareText(a.path, b.path) || compareText(a.key, b.key));
}
