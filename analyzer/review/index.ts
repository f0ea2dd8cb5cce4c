import { analyze } from '../analyze.js';
import { compareText } from '../core/compare-text.js';
import { AnalyzerEmitter } from '../core/events.js';
import { runGit } from '../core/git.js';
import type { AnalyzeOptions } from '../core/options.js';
import type { ReviewConfig } from '../core/review-options-schema.js';
import { WarningSink } from '../core/warnings.js';
import { sourceExtension } from '../graph/source-extensions.js';
import { buildMarkerRules } from '../history/marker-rules.js';
import type { Report } from '../report/schema/index.js';
import { SCHEMA_VERSION } from '../report/schema/version.js';
import { changedFiles, type ChangedFile } from './changed-files.js';
import { bodyExplains, commitExplains } from './explanation.js';
import { fileAtCommit, prefixOf, resolveRange, type ReviewRange } from './git-range.js';
import { affectedModules } from './graph-compare.js';
import { rangeCommits, type RangeCommit } from './range-commits.js';
import { resolveReviewConfig } from './review-config.js';
import { ReviewInputError } from './review-input-error.js';
import { applyGate, type Gate, type ReviewFinding } from './gate.js';
import { findChanges } from './rules.js';
import { commitGraph } from './tree-graph.js';
import { touchedLines, type TouchedLines } from './touched-lines.js';
import { whoToAsk, type Asked } from './who-to-ask.js';

export { ReviewInputError } from './review-input-error.js';

export interface ReviewInput {
  /** the analyzed folder (a repository's work tree, or a folder in one) */
  dir: string;
  baseRef: string;
  headRef: string;
  /** base and head already resolved (gateConfigAtBase's), so git is not asked twice */
  range?: ReviewRange;
  options: AnalyzeOptions;
  review: ReviewConfig | undefined;
  /** the pull request's description (its body), when there is one */
  description: string | null;
  /** known findings' keys (baseline.ts) */
  baseline: ReadonlySet<string>;
  emitter?: AnalyzerEmitter;
}

/** The JSON form (report contract, "Reviewing a change"); more than the fixed fields is allowed. */
export interface ReviewJson {
  schemaVersion: typeof SCHEMA_VERSION;
  base: { ref: string; commit: string; mergeBase: string };
  head: { ref: string; commit: string };
  changed: ChangedFile[];
  affected: string[];
  findings: Array<Omit<ReviewFinding, 'fails' | 'key'>>;
  gate: Gate;
  /** who to ask: each changed module's active DOA authors and declared owners, then each affected area's */
  ask: { modules: Asked[]; areas: Asked[] };
  /** where the explanation was found (pull request description, or a commit), or null */
  explanation: string | null;
  /** non-merge commits in the range, and how many carry an AI marker */
  commits: { total: number; aiAssisted: number };
}

export interface ReviewOutcome {
  json: ReviewJson;
  /** the findings with what the gate decided and their baseline keys */
  findings: ReviewFinding[];
  /** where each finding's path was touched in head, for SARIF and annotations */
  lines: Map<string, TouchedLines | null>;
  /** things the user should know (a dirty work tree), one line each */
  notices: string[];
  headReport: Report;
}

/**
 * `blastmap review`: the change merge-base(base, head)..head judged against the head's analysis
 * (the analyze pipeline, with its cache) and the base's graph (read from the commit's blobs).
 * Head must be the checked-out commit: its history is read from the work tree's HEAD.
 */
export async function runReview(input: ReviewInput): Promise<ReviewOutcome> {
  const { dir, options } = input;
  const emitter = input.emitter ?? new AnalyzerEmitter();
  const range = input.range ?? (await resolveRange(dir, input.baseRef, input.headRef));
  if (range.head !== range.checkedOut)
    throw new ReviewInputError(`--head ${JSON.stringify(input.headRef)} is not the checked-out commit: blastmap reads head's history from HEAD; check it out first (git switch --detach ${range.head.slice(0, 12)}) or leave --head out`);
  const sink = new WarningSink();
  const rules = buildMarkerRules(options.aiMarkers, options.botPatterns, sink);
  const [dirty, changed, commits, headReport, baseGraph] = await Promise.all([
    dirtySources(dir),
    changedFiles(dir, range),
    rangeCommits(dir, range, rules),
    analyze(dir, options, emitter),
    commitGraph({ dir, commit: range.mergeBase, options, emitter, warnings: sink }),
  ]);
  const notices: string[] = [];
  if (dirty > 0) notices.push(`${dirty} TS/JS file${dirty === 1 ? ' differs' : 's differ'} from HEAD in the work tree: the head side is read as the work tree has it`);
  const config = resolveReviewConfig(input.review);
  const explanation = findExplanation(input.description, commits, config.explanationHeading);
  const affected = affectedModules(headReport, baseGraph, changed);
  const raw = findChanges({ report: headReport, base: baseGraph, changed, commits, explanation, config, maxFilesPerCommit: options.coupling.maxFilesPerCommit });
  const { findings, gate } = applyGate(raw, config, input.baseline);
  const lines = await touchedLines(dir, range.mergeBase, range.head, findings.map((f) => f.path));
  const present = new Set(changed.filter((c) => c.status !== 'deleted').map((c) => c.path));
  const json: ReviewJson = {
    schemaVersion: SCHEMA_VERSION,
    base: { ref: range.baseRef, commit: range.base, mergeBase: range.mergeBase },
    head: { ref: range.headRef, commit: range.head },
    changed,
    affected,
    findings: findings.map(({ rule, level, path, message, baseline }) => ({ rule, level, path, message, baseline })),
    gate,
    ask: whoToAsk(headReport, [...present].sort(compareText), affected),
    explanation,
    commits: { total: commits.length, aiAssisted: commits.filter((c) => c.ai.length > 0).length },
  };
  return { json, findings, lines, notices, headReport };
}

function findExplanation(description: string | null, commits: readonly RangeCommit[], heading: string): string | null {
  if (description !== null && bodyExplains(description, heading)) return 'the pull request description';
  const commit = commits.find((c) => commitExplains(c.message, heading));
  return commit ? `commit ${commit.sha.slice(0, 7)}` : null;
}

/** TS/JS files whose work-tree copy differs from HEAD (the head side reads the work tree). */
async function dirtySources(dir: string): Promise<number> {
  const result = await runGit(dir, ['status', '--porcelain', '-z', '--untracked-files=no', '--', '.']);
  if (result.exitCode !== 0) return 0;
  return result.stdout
    .toString('utf8')
    .split('\0')
    .filter((entry) => entry.length > 3 && sourceExtension(entry.slice(3)) !== null).length;
}

export type { ReviewRange };
export { resolveRange };

/**
 * The `review` settings of the config file as the merge-base has it (the defaults when it has none), so
 * a change is judged by the gate it was opened against, not by one it brings.
 */
export async function gateConfigAtBase(dir: string, range: ReviewRange, parse: (text: string, where: string) => { review?: ReviewConfig }): Promise<ReviewConfig | undefined> {
  const text = await fileAtCommit(dir, range.mergeBase, 'blastmap.config.json');
  if (text === null) return undefined;
  return parse(text, `blastmap.config.json at the merge-base ${range.mergeBase.slice(0, 12)}`).review;
}

/** The analyzed folder's path from the repository root ('' or 'packages/app/'), for SARIF and annotations. */
export const repoPrefix = prefixOf;
