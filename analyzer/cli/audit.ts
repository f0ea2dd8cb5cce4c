/**
 * `blastmap audit [path]`: the "system ownership audit" for one person. Runs the analysis, lists
 * the areas they author (by DOA) or are declared owner of, riskiest first, asks 1/2/3, s(kip) or
 * q(uit) for each, and appends what was answered to `.blastmap/familiarity.csv`.
 */
import { relative } from 'node:path';
import { runGit } from '../core/git.js';
import { AnalyzerEmitter } from '../core/events.js';
import { mergeOptions } from '../core/options.js';
import type { Rating } from '../history/familiarity-file.js';
import { personMatcher } from '../history/person-match.js';
import type { Report, ReportAuthor } from '../report/schema/index.js';
import { fileAnswers, readAnswers, terminalAnswers, type AnswerSource } from './answer-source.js';
import { areasToRate, contextLine, printable } from './audit-areas.js';
import { appendRatings, type NewRating } from './familiarity-append.js';
import { AUDIT_HELP } from './help.js';
import { loadConfig } from './load-config.js';
import { parseAuditArgs } from './parse-audit.js';
import { refuseGitDir } from './refuse-git-dir.js';
import { UsageError } from './usage-error.js';
import { thresholdsOf } from '../report/wording/score-text.js';

const QUESTION = '  1 fluent · 2 warming · 3 reviewing · s skip · q quit > ';

export async function runAudit(args: string[]): Promise<number> {
  const command = parseAuditArgs(args);
  if (command.help) {
    process.stdout.write(`${AUDIT_HELP}\n`);
    return 0;
  }
  await refuseGitDir(command.repo);
  const answers = command.answers === null ? null : readAnswers(command.answers);
  const who = command.as ?? (await gitIdentity(command.repo));
  const { config, notice } = loadConfig(command.repo, command.configFile);
  if (notice !== null) process.stderr.write(`blastmap: ${notice}\n`);
  // names must be the real ones to match the rater, and a run of its own needs no cache folder
  const options = { ...mergeOptions(config, {}), anonymize: false, cacheDir: null };
  process.stderr.write('blastmap: analyzing…\n');
  const { analyze } = await import('../analyze.js');
  const report = await analyze(command.repo, options, new AnalyzerEmitter());
  const person = whoIs(report, who);
  const areas = areasToRate(report, person);
  const thresholds = thresholdsOf(report.options);
  const out = process.stdout;
  if (areas.length === 0) {
    out.write(`${printable(person.name)} <${printable(person.email)}> authors no area of this repository by degree of authorship; nothing to rate.\n`);
    return 0;
  }
  out.write(`Rating as ${printable(person.name)} <${printable(person.email)}>: ${areas.length} ${areas.length === 1 ? 'area' : 'areas'}, riskiest first.\n` +
    'For each: 1 fluent (can explain it from memory), 2 warming (with a quick reference), 3 reviewing (needs real effort to reconstruct).\n');
  const source = answers !== null ? fileAnswers(answers, out) : terminalAnswers(process.stdin, out);
  const date = command.date ?? today();
  const rows: NewRating[] = [];
  try {
    const outcome = await ask(source, areas.map((a, i) => `[${i + 1}/${areas.length}] ${printable(a.area.path)}\n  ${contextLine(a, thresholds)}\n`), (index, rating) =>
      rows.push({ date, person: person.email !== '' ? person.email : person.name, area: areas[index]!.area.path, rating }));
    if (outcome === 'interrupted') {
      process.stderr.write('blastmap: interrupted; nothing was written\n');
      return 130;
    }
  } finally {
    source.close();
  }
  if (rows.length === 0) {
    out.write('No ratings given; nothing was written.\n');
    return 0;
  }
  const file = appendRatings(command.repo, rows);
  out.write(`${rows.length} ${rows.length === 1 ? 'rating' : 'ratings'} appended to ${relative(process.cwd(), file) || file} (not committed).\n`);
  return 0;
}

/** Asks each question until q or the end of input; `rate` gets each rating given. */
async function ask(source: AnswerSource, questions: readonly string[], rate: (index: number, rating: Rating) => void): Promise<'done' | 'interrupted'> {
  for (let i = 0; i < questions.length; i++) {
    process.stdout.write(questions[i]!);
    for (;;) {
      const answer = await source.ask(QUESTION);
      if (answer !== null && typeof answer === 'object') return 'interrupted';
      if (answer === null) return 'done';
      const text = answer.trim().toLowerCase();
      if (text === '1' || text === '2' || text === '3') {
        rate(i, Number(text) as Rating);
        break;
      }
      if (text === 's' || text === 'skip' || text === '') break;
      if (text === 'q' || text === 'quit') return 'done';
      process.stdout.write('  Answer 1, 2 or 3, s to skip this area, or q to stop (what was answered is kept).\n');
    }
  }
  return 'done';
}

/**
 * Who is rating, when --as does not say: git config user.email, else user.name, as git would
 * sign a commit in this repository. Reading two values runs nothing the repository's config names.
 */
async function gitIdentity(repo: string): Promise<string> {
  for (const key of ['user.email', 'user.name']) {
    const result = await runGit(repo, ['config', '--get', key], { timeoutMs: 30_000 });
    const value = result.exitCode === 0 ? result.stdout.toString('utf8').trim() : '';
    if (value !== '') return value;
  }
  throw new UsageError('who is rating? neither --as nor git config user.email or user.name is set');
}

function whoIs(report: Report, who: string): ReportAuthor {
  const found = personMatcher(report.authors).match(who);
  if (found.id === null) {
    throw new UsageError(found.why === 'ambiguous'
      ? `'${who}' names more than one author of this repository; give an email with --as`
      : `'${who}' is no author of this repository's history; give your name or email as it appears in git log with --as`);
  }
  return report.authors.find((a) => a.id === found.id)!;
}

/** Today on this machine's calendar, YYYY-MM-DD: the rater's own date. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
