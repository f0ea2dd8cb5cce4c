/**
 * Checks the history stage against git itself on a real repository:
 *   node --import tsx scripts/compare-history.ts <repoDir> [--sample N] [--seed S] [--verbose]
 * For a sample of files at HEAD it compares our commits, lines added/deleted and AI-assisted
 * commits with `git log --follow --no-merges --numstat -- <file>`, judging AI markers from git's
 * own trailer parser (`%(trailers:only,unfold)`) and the ai-markers table, not from our parser.
 */
import { execFileSync } from 'node:child_process';
import { AnalyzerEmitter } from '../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../analyzer/core/options.js';
import { gitArgs, gitEnv } from '../analyzer/core/git.js';
import { WarningSink } from '../analyzer/core/warnings.js';
import { AI_TOOLS, type IdentityPattern } from '../analyzer/history/ai-markers.js';
import { mineHistory } from '../analyzer/history/index.js';
import type { FileHistory } from '../analyzer/history/model.js';

interface Truth {
  commits: string[];
  linesAdded: number;
  linesDeleted: number;
  /** per commit: [added, deleted] */
  lines: Map<string, [number, number]>;
  paths: Set<string>;
  error: string | null;
}

function git(repo: string, args: string[], input?: string): string {
  return execFileSync('git', gitArgs(args), { cwd: repo, env: gitEnv(), encoding: 'utf8', input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** `git log --follow` for one file: its commits and summed numstat, parsed from -z output. */
function followTruth(repo: string, path: string): Truth {
  const truth: Truth = { commits: [], linesAdded: 0, linesDeleted: 0, lines: new Map(), paths: new Set(), error: null };
  let out: string;
  try {
    out = git(repo, ['log', '--follow', '--no-merges', '-M', '--numstat', '-z', '--no-textconv', '--no-ext-diff', '--format=%x01%H', 'HEAD', '--', path]);
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? '');
    truth.error = String((error as { stderr?: string }).stderr ?? error).trim().split('\n').pop() ?? 'failed';
  }
  const tokens = out.split('\0');
  for (let i = 0; i < tokens.length; i++) {
    const token = (tokens[i] ?? '').replace(/^\n/, '');
    const sha = /^\x01([0-9a-f]{40,64})$/.exec(token);
    if (sha) {
      truth.commits.push(sha[1] as string);
      continue;
    }
    const num = /^(\d+|-)\t(\d+|-)\t([\s\S]*)$/.exec(token);
    if (!num) continue;
    const added = num[1] === '-' ? 0 : Number(num[1]);
    const deleted = num[2] === '-' ? 0 : Number(num[2]);
    truth.linesAdded += added;
    truth.linesDeleted += deleted;
    const last = truth.commits.at(-1);
    if (last !== undefined) {
      const [a, d] = truth.lines.get(last) ?? [0, 0];
      truth.lines.set(last, [a + added, d + deleted]);
    }
    if (num[3] === '') {
      truth.paths.add(tokens[i + 1] ?? '');
      truth.paths.add(tokens[i + 2] ?? '');
      i += 2;
    } else truth.paths.add(num[3] as string);
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

export interface CompareResult {
  sampled: number;
  commitsAgree: number;
  linesAgree: number;
  aiAgree: number;
  allAgree: number;
  /** files where git log --follow itself failed (missing blobs): not comparable, left out */
  gitFailed: string[];
  /** why each disagreement happened, by kind */
  reasons: Record<string, number>;
  disagreements: { path: string; reason: string; ours: Partial<FileHistory>; truth: { commits: number; linesAdded: number; linesDeleted: number; aiCommits: number; error: string | null; paths: string[] } }[];
}

/**
 * git log --follow looks for the file's origin among all files of the parent (copies included)
 * and follows one path by name across deletions; we follow renames of the whole log.
 */
function explain(path: string, ours: FileHistory, truth: Truth, atHead: (p: string) => boolean, countsAgree: boolean): string {
  if (countsAgree) return 'AI marker judged differently';
  if (truth.error) return `git log --follow failed: ${truth.error}`;
  const extra = [...truth.paths].filter((p) => p !== path && !ours.formerPaths.includes(p));
  if (extra.some(atHead)) return '--follow took a copy (its source still exists at HEAD) for a rename';
  if (extra.length > 0) return '--follow picked another rename candidate than the whole-log rename map';
  const missing = ours.formerPaths.filter((p) => !truth.paths.has(p));
  if (missing.length > 0) return 'the whole-log rename map follows a rename that --follow does not';
  return 'unexplained';
}

export async function compareHistory(repo: string, sample: number, seed: number): Promise<CompareResult> {
  const warnings = new WarningSink();
  const model = await mineHistory({ repoDir: repo, options: DEFAULT_OPTIONS, emitter: new AnalyzerEmitter(), warnings });
  for (const w of warnings.items) process.stderr.write(`warning ${w.code}: ${w.message}\n`);
  // When our stream stopped early, compare the same span: the commits git log lists first, as
  // many as we read (same command order), so git's older commits are left out of the truth too.
  const incomplete = warnings.items.some((w) => w.code === 'history-incomplete');
  const readSet = incomplete ? new Set(git(repo, ['rev-list', '--no-merges', 'HEAD']).split('\n').slice(0, model.commitsAnalyzed)) : null;
  const candidates = [...model.files.values()].filter((f) => f.commits > 0).map((f) => f.path).sort();
  const picked = shuffled(candidates, seed).slice(0, sample);
  const result: CompareResult = { sampled: 0, commitsAgree: 0, linesAgree: 0, aiAgree: 0, allAgree: 0, gitFailed: [], reasons: {}, disagreements: [] };
  for (const path of picked) {
    const ours = model.files.get(path) as FileHistory;
    let truth = followTruth(repo, path);
    const facts = commitFacts(repo, truth.commits);
    if (readSet !== null) {
      const commits = truth.commits.filter((sha) => readSet.has(sha));
      const sum = (i: 0 | 1): number => commits.reduce((total, sha) => total + (truth.lines.get(sha)?.[i] ?? 0), 0);
      truth = { ...truth, commits, linesAdded: sum(0), linesDeleted: sum(1) };
    }
    if (truth.error !== null) {
      result.gitFailed.push(`${path}: ${truth.error}`);
      continue;
    }
    result.sampled++;
    const aiCommits = truth.commits.filter((sha) => {
      const f = facts.get(sha);
      return f ? isAiByGit(f) : false;
    }).length;
    const commitsOk = ours.commits === truth.commits.length;
    const linesOk = ours.linesAdded === truth.linesAdded && ours.linesDeleted === truth.linesDeleted;
    const aiOk = ours.aiCommits === aiCommits;
    result.commitsAgree += commitsOk ? 1 : 0;
    result.linesAgree += linesOk ? 1 : 0;
    result.aiAgree += aiOk ? 1 : 0;
    if (commitsOk && linesOk && aiOk) result.allAgree++;
    else {
      const reason = explain(path, ours, truth, (p) => model.files.has(p), commitsOk && linesOk);
      result.reasons[reason] = (result.reasons[reason] ?? 0) + 1;
      result.disagreements.push({
        path,
        reason,
        ours: { commits: ours.commits, linesAdded: ours.linesAdded, linesDeleted: ours.linesDeleted, aiCommits: ours.aiCommits, formerPaths: ours.formerPaths },
        truth: { commits: truth.commits.length, linesAdded: truth.linesAdded, linesDeleted: truth.linesDeleted, aiCommits, error: truth.error, paths: [...truth.paths] },
      });
    }
  }
  return result;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const repo = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--sample' && args[args.indexOf(a) - 1] !== '--seed');
  if (!repo) throw new Error('usage: compare-history.ts <repoDir> [--sample N] [--seed S] [--verbose]');
  const option = (name: string, fallback: number): number => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const r = await compareHistory(repo, option('--sample', 200), option('--seed', 1));
  const pct = (n: number): string => `${((100 * n) / Math.max(1, r.sampled)).toFixed(1)} %`;
  process.stdout.write(`${repo}: ${r.sampled} files compared${r.gitFailed.length > 0 ? `, ${r.gitFailed.length} more left out because git log --follow itself failed` : ''}\n`);
  process.stdout.write(`  commits agree     ${r.commitsAgree}/${r.sampled} (${pct(r.commitsAgree)})\n`);
  process.stdout.write(`  lines agree       ${r.linesAgree}/${r.sampled} (${pct(r.linesAgree)})\n`);
  process.stdout.write(`  AI commits agree  ${r.aiAgree}/${r.sampled} (${pct(r.aiAgree)})\n`);
  process.stdout.write(`  all three agree   ${r.allAgree}/${r.sampled} (${pct(r.allAgree)})\n`);
  for (const [reason, count] of Object.entries(r.reasons)) process.stdout.write(`  ${count} × ${reason}\n`);
  const shown = args.includes('--verbose') ? r.disagreements : r.disagreements.slice(0, 10);
  for (const d of shown) process.stdout.write(`  ≠ ${d.path} (${d.reason})\n    ours  ${JSON.stringify(d.ours)}\n    git   ${JSON.stringify(d.truth)}\n`);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
