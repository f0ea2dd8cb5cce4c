/**
 * Checks the history stage against git itself on a real repository:
 *   node --import tsx scripts/compare-history.ts <repoDir> [--sample N] [--seed S] [--verbose]
 * For a sample of files at HEAD it compares our commits, lines added/deleted and AI-assisted
 * commits with `git log --follow --no-merges --numstat -- <file>`, judging AI markers from git's
 * own trailer parser (`%(trailers:only,unfold)`) and the ai-markers table, not from our parser.
 */
import { AnalyzerEmitter } from '../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../analyzer/core/options.js';
import { WarningSink } from '../analyzer/core/warnings.js';
import { AI_TOOLS, type IdentityPattern } from '../analyzer/history/ai-markers.js';
import { mineHistory } from '../analyzer/history/index.js';
import type { FileHistory } from '../analyzer/history/model.js';
import { DIFF_FLAGS, classify, failurePoint, followJumps, git, parseLogZ, renameOnlyTruth, type FollowJump, type LogCommit, type Verdict } from './compare-history-oracle.js';

interface Truth {
  commits: string[];
  linesAdded: number;
  linesDeleted: number;
  /** per commit: [added, deleted] */
  lines: Map<string, [number, number]>;
  paths: Set<string>;
  /** where --follow switched paths */
  log: LogCommit[];
  error: string | null;
  /** where git failed: the position in the log's order of the first commit not read */
  failedAt: number | null;
}

/** `git log --follow` for one file: its commits and summed numstat, parsed from -z output. */
function followTruth(repo: string, path: string, order: Map<string, number>): Truth {
  const truth: Truth = { commits: [], linesAdded: 0, linesDeleted: 0, lines: new Map(), paths: new Set(), log: [], error: null, failedAt: null };
  let out: string;
  try {
    out = git(repo, ['log', '--follow', '--no-merges', ...DIFF_FLAGS, '--format=%x01%H', 'HEAD', '--', path]);
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? '');
    truth.error = String((error as { stderr?: string }).stderr ?? error).trim().split('\n').pop() ?? 'failed';
  }
  truth.log = parseLogZ(out).filter((c) => c.sha !== '');
  if (truth.error !== null) {
    // --follow only diffs commits that touch the path it follows at the time: the last one printed
    const last = truth.log.at(-1);
    const followed = last?.raw.find((r) => r.status === 'R' || r.status === 'C')?.from ?? last?.raw[0]?.path ?? path;
    truth.failedAt = failurePoint(repo, followed, truth.log, order, -1);
    const limit = truth.failedAt;
    truth.log = truth.log.filter((c) => (order.get(c.sha) ?? 0) < limit);
  }
  for (const commit of truth.log) {
    truth.commits.push(commit.sha);
    let added = 0;
    let deleted = 0;
    for (const n of commit.num) {
      added += n.added;
      deleted += n.deleted;
      if (n.from !== null) truth.paths.add(n.from);
      truth.paths.add(n.path);
    }
    truth.linesAdded += added;
    truth.linesDeleted += deleted;
    truth.lines.set(commit.sha, [added, deleted]);
  }
  return truth;
}

interface CommitFacts {
  identities: { role: 'author' | 'committer' | 'co-author'; name: string; email: string }[];
  trailers: { key: string; value: string }[];
  subject: string;
  body: string;
}

const SEP = '\x1f';
/** Facts of many commits in one call; trailers as git parses them. */
function commitFacts(repo: string, shas: string[]): Map<string, CommitFacts> {
  const facts = new Map<string, CommitFacts>();
  if (shas.length === 0) return facts;
  const format = ['%H', '%an', '%ae', '%aN', '%aE', '%cn', '%ce', '%(trailers:only,unfold,separator=%x1e)', '%s', '%B'].join('%x1f');
  const out = git(repo, ['log', '--no-walk=unsorted', '--stdin', '-z', `--format=${format}`], `${shas.join('\n')}\n`);
  for (const record of out.split('\0')) {
    if (!record) continue;
    const [sha = '', an = '', ae = '', aN = '', aE = '', cn = '', ce = '', trailers = '', subject = '', ...body] = record.split(SEP);
    const parsed = trailers.split('\x1e').filter(Boolean).map((line) => {
      const colon = line.indexOf(':');
      return { key: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
    });
    facts.set(sha, {
      identities: [
        { role: 'author', name: an, email: ae },
        { role: 'author', name: aN, email: aE },
        { role: 'committer', name: cn, email: ce },
      ],
      trailers: parsed,
      subject,
      body: body.join(SEP),
    });
  }
  return facts;
}

const BOT = /(\[bot\]|[-_ ]bot|[-_ ]robot)$|^(dependabot|renovate|github-actions)/i;

function identityHit(p: IdentityPattern, role: string, name: string, email: string): boolean {
  if (p.coAuthorOnly && role !== 'co-author') return false;
  if (!p.name && !p.email) return false;
  return (!p.name || p.name.test(name)) && (!p.email || p.email.test(email));
}

function parseWho(text: string): { name: string; email: string } {
  const m = /^(.*?)\s*<([^<>]*)>\s*$/.exec(text.trim());
  return m ? { name: (m[1] ?? '').trim(), email: (m[2] ?? '').trim() } : { name: text.trim(), email: '' };
}

/** ai-markers.md applied to git's view of the commit. */
function isAiByGit(f: CommitFacts): boolean {
  const author = f.identities[1] as { name: string; email: string };
  const agent = AI_TOOLS.some((row) => row.identities.some((p) => !p.assistsPerson && (identityHit(p, 'author', author.name, author.email) || identityHit(p, 'author', f.identities[0]?.name ?? '', f.identities[0]?.email ?? ''))));
  if (!agent && (BOT.test(author.name) || BOT.test(author.email.split('@')[0] ?? ''))) return false;
  const people = [...f.identities];
  for (const t of f.trailers) if (t.key.toLowerCase() === 'co-authored-by') people.push({ role: 'co-author', ...parseWho(t.value) });
  for (const line of f.body.split('\n')) {
    const m = /^co-authored-by:\s*(.+)$/i.exec(line.trim());
    if (m?.[1]) people.push({ role: 'co-author', ...parseWho(m[1]) });
  }
  const lines = f.body.split('\n').map((l) => l.trim());
  return AI_TOOLS.some((row) =>
    people.some((who) => row.identities.some((p) => identityHit(p, who.role, who.name, who.email))) ||
    f.trailers.some((t) => row.trailers.some((p) => p.key.test(t.key) && (!p.value || p.value.test(t.value)))) ||
    row.subjects.some((p) => p.test(f.subject)) ||
    row.bodyLines.some((p) => lines.some((l) => p.test(l))),
  );
}

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1664525 + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

type Figure = 'commits' | 'lines' | 'ai' | 'all';
const FIGURES: Figure[] = ['commits', 'lines', 'ai', 'all'];
type Tally = Record<Figure, number>;
const tally = (): Tally => ({ commits: 0, lines: 0, ai: 0, all: 0 });

interface Figures {
  commits: number;
  linesAdded: number;
  linesDeleted: number;
  aiCommits: number;
}

export interface Disagreement {
  path: string;
  verdict: Verdict;
  ours: Figures & { formerPaths: string[] };
  /** null when git log --follow failed inside the span (missing blobs) */
  follow: (Figures & { paths: string[] }) | null;
  oracle: Figures & { paths: string[]; error: string | null };
  jumps: FollowJump[];
  /** commits git log --follow lists and the rename-only oracle does not, and the reverse */
  followOnly: string[];
  oracleOnly: string[];
}

export interface CompareResult {
  repo: string;
  /** non-merge commits we read, of how many reachable from HEAD */
  commitsRead: number;
  commitsTotal: number;
  /** share of the commits read that are AI-assisted (ours) */
  aiCommitRatio: number | null;
  incomplete: boolean;
  sampled: number;
  /** sampled files whose history (per the oracle, within the span) crosses a rename */
  sampledWithRenames: number;
  /** per figure: files agreeing with git log --follow */
  raw: Tally;
  /** per figure: files agreeing with the rename-only oracle (git log --full-history -- path + diff-tree -M) */
  oracle: Tally;
  /** per verdict: the files; and per verdict and figure, how many of them agree raw anyway */
  verdicts: Partial<Record<Verdict, number>>;
  rawAgreeByVerdict: Partial<Record<Verdict, Tally>>;
  /** files where git log --follow failed inside the span (missing blobs) but the oracle did not: compared with the oracle only */
  followFailed: { files: number; agree: Tally; examples: string[] };
  /** files where the oracle's git log failed inside the span: not comparable, left out */
  gitFailed: string[];
  disagreements: Disagreement[];
}

function matches(a: Figures, b: Figures): Tally {
  const commits = a.commits === b.commits ? 1 : 0;
  const lines = a.linesAdded === b.linesAdded && a.linesDeleted === b.linesDeleted ? 1 : 0;
  const ai = a.aiCommits === b.aiCommits ? 1 : 0;
  return { commits, lines, ai, all: commits & lines & ai };
}

function add(into: Tally, t: Tally): void {
  for (const f of FIGURES) into[f] += t[f];
}

export async function compareHistory(repo: string, sample: number, seed: number): Promise<CompareResult> {
  const warnings = new WarningSink();
  const model = await mineHistory({ repoDir: repo, options: DEFAULT_OPTIONS, emitter: new AnalyzerEmitter(), warnings });
  for (const w of warnings.items) process.stderr.write(`warning ${w.code}: ${w.message}\n`);
  // When our stream stopped early, compare the same span: the commits git log lists first, as
  // many as we read (same command order), so git's older commits are left out of the truth too.
  const incomplete = warnings.items.some((w) => w.code === 'history-incomplete');
  const revList = git(repo, ['rev-list', '--no-merges', 'HEAD']).split('\n').filter(Boolean);
  const order = new Map(revList.map((sha, i) => [sha, i]));
  const readSet = incomplete ? new Set(revList.slice(0, model.commitsAnalyzed)) : null;
  const inSpan = (sha: string): boolean => readSet === null || readSet.has(sha);
  const candidates = [...model.files.values()].filter((f) => f.commits > 0).map((f) => f.path).sort();
  const picked = shuffled(candidates, seed).slice(0, sample);
  const result: CompareResult = {
    repo,
    commitsRead: model.commitsAnalyzed,
    commitsTotal: revList.length,
    aiCommitRatio: model.aiCommitRatio,
    incomplete,
    sampled: 0,
    sampledWithRenames: 0,
    raw: tally(),
    oracle: tally(),
    verdicts: {},
    rawAgreeByVerdict: {},
    followFailed: { files: 0, agree: tally(), examples: [] },
    gitFailed: [],
    disagreements: [],
  };
  const diffCache = new Map<string, LogCommit>();
  for (const path of picked) {
    const ours = model.files.get(path) as FileHistory;
    const follow = followTruth(repo, path, order);
    const oracle = renameOnlyTruth(repo, path, order, diffCache);
    // git failing (missing blobs) past the span we read does not matter; inside it, it does
    const spanEnd = incomplete ? model.commitsAnalyzed : Number.POSITIVE_INFINITY;
    const followFailed = follow.error !== null && (follow.failedAt ?? 0) < spanEnd;
    if (oracle.error !== null && (oracle.failedAt ?? 0) < spanEnd) {
      result.gitFailed.push(`${path}: git log -- ${oracle.paths.at(-1) ?? path}: ${oracle.error}`);
      continue;
    }
    const followCommits = follow.commits.filter(inSpan);
    const oracleCommits = oracle.commits.filter(inSpan);
    const facts = commitFacts(repo, [...new Set([...followCommits, ...oracleCommits])]);
    const isAi = (sha: string): boolean => {
      const f = facts.get(sha);
      return f ? isAiByGit(f) : false;
    };
    const figures = (commits: string[], lines: Map<string, [number, number]>): Figures => ({
      commits: commits.length,
      linesAdded: commits.reduce((t, sha) => t + (lines.get(sha)?.[0] ?? 0), 0),
      linesDeleted: commits.reduce((t, sha) => t + (lines.get(sha)?.[1] ?? 0), 0),
      aiCommits: commits.filter(isAi).length,
    });
    const oursF: Figures = { commits: ours.commits, linesAdded: ours.linesAdded, linesDeleted: ours.linesDeleted, aiCommits: ours.aiCommits };
    const followF = figures(followCommits, follow.lines);
    const oracleF = figures(oracleCommits, oracle.lines);
    const vsOracle = matches(oursF, oracleF);
    const oracleSet = new Set(oracleCommits);
    const followSet = new Set(followCommits);
    if (followFailed) {
      result.followFailed.files++;
      add(result.followFailed.agree, vsOracle);
      if (result.followFailed.examples.length < 5) result.followFailed.examples.push(`${path}: ${follow.error ?? ''}`);
      if (vsOracle.all === 1) continue;
      result.verdicts['genuine mismatch'] = (result.verdicts['genuine mismatch'] ?? 0) + 1;
      result.disagreements.push({ path, verdict: 'genuine mismatch', ours: { ...oursF, formerPaths: ours.formerPaths }, follow: null, oracle: { ...oracleF, paths: oracle.paths, error: oracle.error }, jumps: [], followOnly: [], oracleOnly: oracleCommits });
      continue;
    }
    result.sampled++;
    if (oracle.renames.some((r) => inSpan(r.sha))) result.sampledWithRenames++;
    const raw = matches(oursF, followF);
    add(result.raw, raw);
    add(result.oracle, vsOracle);
    if (raw.all === 1 && vsOracle.all === 1) continue;
    const jumps = followJumps(repo, follow.log.filter((c) => inSpan(c.sha)));
    const verdict = classify(jumps, oracle, vsOracle.all === 1);
    result.verdicts[verdict] = (result.verdicts[verdict] ?? 0) + 1;
    add((result.rawAgreeByVerdict[verdict] ??= tally()), raw);
    result.disagreements.push({
      path,
      verdict,
      ours: { ...oursF, formerPaths: ours.formerPaths },
      follow: { ...followF, paths: [...follow.paths] },
      oracle: { ...oracleF, paths: oracle.paths, error: oracle.error },
      jumps,
      followOnly: followCommits.filter((sha) => !oracleSet.has(sha)),
      oracleOnly: oracleCommits.filter((sha) => !followSet.has(sha)),
    });
  }
  return result;
}

const ARTIFACTS: Verdict[] = ['copy taken for a rename by --follow', 'different rename candidate by --follow', 'rename missed by --follow', 'other --follow difference (oracle agrees with us)'];

/** Agreement per figure with some verdicts' files left out of the sample (they agree with the oracle). */
export function agreementExcluding(r: CompareResult, excluded: Verdict[]): { files: number; agree: Tally } {
  let files = r.sampled;
  const agree = { ...r.raw };
  for (const v of excluded) {
    files -= r.verdicts[v] ?? 0;
    const t = r.rawAgreeByVerdict[v];
    if (t) for (const f of FIGURES) agree[f] -= t[f];
  }
  return { files, agree };
}

export function formatReport(r: CompareResult, verbose: boolean): string {
  const lines: string[] = [];
  const pct = (n: number, d: number): string => `${n}/${d} (${((100 * n) / Math.max(1, d)).toFixed(1)} %)`.padEnd(20);
  lines.push(`${r.repo}: ${r.commitsRead} of ${r.commitsTotal} non-merge commits read, ${r.aiCommitRatio === null ? '?' : (100 * r.aiCommitRatio).toFixed(1)} % AI-assisted${r.incomplete ? ' (history incomplete: compared over the commits both can read)' : ''}`);
  lines.push(`  ${r.sampled} files compared with git log --follow and the oracle (${r.sampledWithRenames} with a rename in their history)`);
  const copies = agreementExcluding(r, ['copy taken for a rename by --follow']);
  const artifacts = agreementExcluding(r, ARTIFACTS);
  lines.push(`  ${''.padEnd(12)}${'raw vs --follow'.padEnd(20)}${'excl. copies'.padEnd(20)}${'excl. all --follow'.padEnd(20)}vs rename-only oracle`);
  const names: Record<Figure, string> = { commits: 'commits', lines: 'lines', ai: 'AI commits', all: 'all three' };
  for (const f of FIGURES) {
    lines.push(`  ${names[f].padEnd(12)}${pct(r.raw[f], r.sampled)}${pct(copies.agree[f], copies.files)}${pct(artifacts.agree[f], artifacts.files)}${pct(r.oracle[f], r.sampled)}`);
  }
  const ff = r.followFailed;
  if (ff.files > 0) {
    lines.push(`  ${ff.files} more files: git log --follow failed inside the span (missing blobs; its copy search reads every file of the parent), compared with the rename-only oracle only:`);
    lines.push(`    commits ${pct(ff.agree.commits, ff.files)}lines ${pct(ff.agree.lines, ff.files)}AI commits ${pct(ff.agree.ai, ff.files)}all three ${pct(ff.agree.all, ff.files)}`);
    for (const e of ff.examples) lines.push(`    e.g. ${e}`);
  }
  if (r.gitFailed.length > 0) lines.push(`  ${r.gitFailed.length} files not comparable: git log -- <path> failed inside the span`);
  lines.push(`  files where we and git differ, classified:`);
  for (const [verdict, count] of Object.entries(r.verdicts)) lines.push(`    ${count} × ${verdict}`);
  const show = (d: Disagreement): void => {
    lines.push(`  ≠ ${d.path} (${d.verdict})`);
    lines.push(`    ours    ${JSON.stringify(d.ours)}`);
    lines.push(`    follow  ${d.follow ? JSON.stringify(d.follow) : 'git log --follow failed inside the span'}`);
    lines.push(`    oracle  ${JSON.stringify(d.oracle)}`);
    for (const j of d.jumps) lines.push(`    --follow ${j.status} ${j.from} → ${j.to} at ${j.sha.slice(0, 10)}: old path ${j.sourceStillExists ? 'still exists (copy)' : 'gone (rename)'}`);
    if (d.followOnly.length > 0) lines.push(`    only --follow: ${d.followOnly.length} commits ${d.followOnly.slice(0, 5).map((s) => s.slice(0, 10)).join(' ')}`);
    if (d.oracleOnly.length > 0) lines.push(`    only oracle:   ${d.oracleOnly.length} commits ${d.oracleOnly.slice(0, 5).map((s) => s.slice(0, 10)).join(' ')}`);
  };
  const genuine = r.disagreements.filter((d) => d.verdict === 'genuine mismatch');
  lines.push(`  genuine mismatches: ${genuine.length}`);
  for (const d of genuine) show(d);
  if (verbose) for (const d of r.disagreements.filter((x) => x.verdict !== 'genuine mismatch')) show(d);
  if (verbose) for (const f of r.gitFailed) lines.push(`  not comparable: ${f}`);
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const repo = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--sample' && args[args.indexOf(a) - 1] !== '--seed');
  if (!repo) throw new Error('usage: compare-history.ts <repoDir> [--sample N] [--seed S] [--verbose] [--json]');
  const option = (name: string, fallback: number): number => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const r = await compareHistory(repo, option('--sample', 200), option('--seed', 1));
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  else process.stdout.write(formatReport(r, args.includes('--verbose')));
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
