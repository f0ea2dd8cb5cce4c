/**
 * Two reports of one repository side by side: what a reviewer asks "since the last review". Pure:
 * the reports come in read, upgraded to the current schema and validated (cli/read-report-file.ts).
 */
import type { Report, ReportArea, ReportModule } from '../schema/index.js';
import type { ReportComparison } from '../schema/comparison.js';
import { COMPARISON_VERSION } from '../schema/version.js';
import { thresholdsOf } from '../wording/score-text.js';
import { compareHubs, HUB_RULE } from './hubs.js';
import { levelChanges } from './level-changes.js';
import { comparePeople } from './people.js';
import { compareText } from '../../core/compare-text.js';

export interface ReadReport {
  report: Report;
  /** the schema version of the file as written (a version 1 report is read as version 2) */
  schemaVersion: number;
}

export function compareReports(oldRead: ReadReport, newRead: ReadReport): ReportComparison {
  const old = oldRead.report;
  const now = newRead.report;
  const oldModules = new Map(old.modules.map((m) => [m.path, m]));
  const newModules = new Map(now.modules.map((m) => [m.path, m]));
  const oldAreas = new Map(old.areas.map((a) => [a.path, a]));
  const newAreas = new Map(now.areas.map((a) => [a.path, a]));
  const levelsComparable = hasHistory(old) && hasHistory(now);
  const anonymized = [isAnonymized(old), isAnonymized(now)] as const;
  const authorsComparable = anonymized[0] === anonymized[1];
  return {
    comparisonVersion: COMPARISON_VERSION,
    old: side(oldRead),
    new: side(newRead),
    notes: notes(old, now, levelsComparable, anonymized),
    summary: {
      modules: { then: old.summary.modules, now: now.summary.modules },
      sourceModules: { then: old.summary.kinds.source, now: now.summary.kinds.source },
      truckFactor: { then: old.summary.truckFactor, now: now.summary.truckFactor },
      aiCommitRatio: { then: old.summary.aiCommitRatio, now: now.summary.aiCommitRatio },
      activeAuthors: { then: old.summary.activeAuthors, now: now.summary.activeAuthors },
      levels: { then: hasHistory(old) ? { ...old.summary.levels } : null, now: hasHistory(now) ? { ...now.summary.levels } : null },
    },
    levelsComparable,
    modules: {
      added: onlyIn(newModules, oldModules),
      removed: onlyIn(oldModules, newModules),
      levelChanges: levelsComparable ? levelChanges<ReportModule>(oldModules, now.modules) : [],
      scoreChanges: scoreChanges(oldModules, now.modules),
    },
    areas: {
      added: onlyIn(newAreas, oldAreas),
      removed: onlyIn(oldAreas, newAreas),
      levelChanges: levelsComparable ? levelChanges<ReportArea>(oldAreas, now.areas) : [],
    },
    hubRule: HUB_RULE,
    hubs: compareHubs(old, now, oldModules, newModules),
    authors: authorsComparable ? { comparable: true, ...comparePeople(old, now) } : { comparable: false, left: [], arrived: [] },
  };
}

function side(read: ReadReport): ReportComparison['old'] {
  const { repo, tool } = read.report;
  return {
    root: repo.root,
    head: repo.head,
    now: repo.now,
    schemaVersion: read.schemaVersion,
    toolVersion: tool.version,
    anonymized: isAnonymized(read.report),
    thresholds: thresholdsOf(read.report.options),
  };
}

/** Without git history nothing has a risk level (docs/scoring.md, "No git history"). */
function hasHistory(report: Report): boolean {
  return report.repo.head !== null;
}

function isAnonymized(report: Report): boolean {
  return report.options['anonymize'] === true;
}

function onlyIn<T>(these: Map<string, T>, notThese: Map<string, T>): string[] {
  return [...these.keys()].filter((p) => !notThese.has(p)).sort(compareText);
}

function scoreChanges(then: Map<string, ReportModule>, now: readonly ReportModule[]): ReportComparison['modules']['scoreChanges'] {
  const changes: ReportComparison['modules']['scoreChanges'] = [];
  for (const m of now) {
    const old = then.get(m.path);
    const before = old === undefined ? null : old.risk.score;
    if (old !== undefined && before === m.risk.score) continue;
    changes.push({ path: m.path, then: before, now: m.risk.score });
  }
  return changes.sort((a, b) => compareText(a.path, b.path));
}

/**
 * Whether two reports read one history, whatever their folders are called (the same repository
 * cloned twice, CI checkouts): a history only grows, so nearly every human the old report knows is
 * in the new one, by id (a hash of the email). Pseudonyms are ranks, so anonymized reports say nothing.
 */
function sameHistory(old: Report, now: Report, anonymized: readonly [boolean, boolean]): boolean {
  if (anonymized[0] || anonymized[1] || !hasHistory(old) || !hasHistory(now)) return false;
  const then = old.authors.filter((a) => a.kind === 'human').map((a) => a.id);
  const ids = new Set(now.authors.map((a) => a.id));
  return then.length > 0 && then.filter((id) => ids.has(id)).length >= SAME_HISTORY_SHARE * then.length;
}

/** The share of the old report's people the new one must know for both to read one history. */
const SAME_HISTORY_SHARE = 0.9;

/** What makes the two less than like for like, each said once. */
function notes(old: Report, now: Report, levelsComparable: boolean, anonymized: readonly [boolean, boolean]): string[] {
  const out: string[] = [];
  if (old.repo.root !== now.repo.root && !sameHistory(old, now, anonymized))
    out.push(`The reports are of different repositories (${old.repo.root} then, ${now.repo.root} now); compared anyway, module by module path.`);
  if (Date.parse(old.repo.now) > Date.parse(now.repo.now))
    out.push(`The old report is the later one (${old.repo.now.slice(0, 10)} against ${now.repo.now.slice(0, 10)}); "then" and "now" follow the order the reports were given in.`);
  if (!levelsComparable)
    out.push(`Risk levels are not compared: the ${hasHistory(old) ? 'new' : 'old'} report has no git history, so nothing in it has a risk level.`);
  if (JSON.stringify(old.options['score'] ?? null) !== JSON.stringify(now.options['score'] ?? null))
    out.push('The reports were scored with different settings (options.score): a level may have changed with the settings, not the code.');
  if (old.options['activityDays'] !== now.options['activityDays'])
    out.push(`The activity window differs (${String(old.options['activityDays'])} days then, ${String(now.options['activityDays'])} now): who counts as active changed with it.`);
  if (anonymized[0] !== anonymized[1])
    out.push(`Only the ${anonymized[0] ? 'old' : 'new'} report is anonymized: people cannot be matched, so who left is not shown.`);
  else if (anonymized[0])
    out.push('Both reports are anonymized: people are matched by pseudonym, and a pseudonym is a rank by commits within its own report, so one pseudonym may stand for different people then and now.');
  return out;
}
