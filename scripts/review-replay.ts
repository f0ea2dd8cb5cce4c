/**
 * Replays a repository's last merged changes as pull requests: for each of the last N first-parent
 * commits (oldest first), checks it out in the given clone (a scratch clone of your own: this
 * script moves its HEAD) and runs `blastmap review --base <commit>^1` with the built CLI, warm
 * (one cache folder for all) and, for the first `--cold K`, cold (`--no-cache`) as well. Prints a
 * Markdown table of times and findings, and the review comment of the change with the most findings.
 *
 *   node --import tsx scripts/review-replay.ts /tmp/vite-clone --count 20 --cold 3 --cache-dir /tmp/replay-cache
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/analyzer/cli.js');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { count: { type: 'string' }, cold: { type: 'string' }, 'cache-dir': { type: 'string' } } });
const repo = resolve(positionals[0] ?? '.');
const count = Number(values.count ?? 20);
const cold = Number(values.cold ?? 0);
const cacheDir = resolve(values['cache-dir'] ?? '/tmp/blastmap-replay-cache');
mkdirSync(cacheDir, { recursive: true });

const git = (args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const start = git(['rev-parse', 'HEAD']);
const commits = git(['rev-list', '--first-parent', `--max-count=${count}`, start]).split('\n').reverse();

interface Run {
  ms: number;
  status: number | null;
  stdout: string;
}
function review(base: string, format: string, cache: string[]): Run {
  const began = performance.now();
  const run = spawnSync(process.execPath, [CLI, 'review', repo, '--base', base, '-f', format, '-q', ...cache], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status === 2 || run.status === null) throw new Error(`review of ${base} failed: ${run.stderr}`);
  return { ms: performance.now() - began, status: run.status, stdout: run.stdout };
}

const rows: string[] = ['| # | change | changed | affected | findings (rules) | exit | warm s | cold s |', '|---|---|---|---|---|---|---|---|'];
let richest: { subject: string; markdown: string; findings: number } | null = null;
commits.forEach((sha, i) => {
  git(['checkout', '-q', '--detach', sha]);
  const base = `${sha}^1`;
  const warm = review(base, 'json', ['--cache-dir', cacheDir]);
  const json = JSON.parse(warm.stdout) as { changed: unknown[]; affected: unknown[]; findings: Array<{ rule: string }> };
  const coldRun = i < cold ? review(base, 'json', ['--no-cache']) : null;
  const subject = git(['log', '-1', '--format=%s', sha]);
  const rules = [...new Set(json.findings.map((f) => f.rule))].join(', ');
  rows.push(`| ${i + 1} | ${sha.slice(0, 10)} ${subject.replace(/\|/g, '\\|').slice(0, 60)} | ${json.changed.length} | ${json.affected.length} | ${json.findings.length}${rules ? ` (${rules})` : ''} | ${warm.status} | ${(warm.ms / 1000).toFixed(1)} | ${coldRun ? (coldRun.ms / 1000).toFixed(1) : ''} |`);
  if (json.findings.length > (richest?.findings ?? 0)) richest = { subject, findings: json.findings.length, markdown: review(base, 'markdown', ['--cache-dir', cacheDir]).stdout };
  process.stderr.write(`${i + 1}/${commits.length} ${sha.slice(0, 10)} ${(warm.ms / 1000).toFixed(1)} s\n`);
});
git(['checkout', '-q', '--detach', start]);
process.stdout.write(`${rows.join('\n')}\n`);
if (richest !== null) process.stdout.write(`\nThe review comment of "${(richest as { subject: string }).subject}":\n\n${(richest as { markdown: string }).markdown}`);
