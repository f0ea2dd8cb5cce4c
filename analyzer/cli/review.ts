import { appendFileSync, writeFileSync } from 'node:fs';
import { runOptions } from './run-options.js';
import { resolve } from 'node:path';
import type { ConfigFile } from '../core/options-schema.js';
import { TOOL_VERSION } from '../core/version.js';
import { AnalyzerEmitter } from '../core/events.js';
import { schemaFileText } from '../report/schema-file.js';
import { describeError, schemaValidator } from '../report/validate.js';
import { REVIEW_HELP } from './review-help.js';
import { parseReviewArgs } from './parse-review.js';
import { readDescription } from './review-description.js';
import { UnknownPersonError } from '../history/leaving.js';
import { CommandFailed, UsageError } from './usage-error.js';

/** Exit status of a review that could not run (not bad input, not a failed gate). */
export const REVIEW_FAILED_EXIT = 3;

/**
 * `blastmap review`: prints the review in the asked format; exit 0 when the gate passes, 1 when
 * it fails, 2 on bad input (report contract, "Reviewing a change"); 3 when it could not run for
 * another reason (the contract is silent there; docs/ci.md says so).
 */
export async function runReviewCommand(args: string[]): Promise<number> {
  try {
    return await review(args);
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnknownPersonError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new CommandFailed(`review failed: ${message.split('\n')[0] ?? ''}`, REVIEW_FAILED_EXIT, { cause: error });
  }
}

async function review(args: string[]): Promise<number> {
  const command = parseReviewArgs(args);
  if (command.help) {
    process.stdout.write(`${REVIEW_HELP}\n`);
    return 0;
  }
  const { options, config } = await runOptions(command);
  const description = readDescription(command.descriptionFile);
  const review = await import('../review/index.js');
  const { readBaseline, baselineText } = await import('../review/baseline.js');
  const baseline = command.baseline === null ? new Set<string>() : wrap(() => readBaseline(resolve(command.baseline as string)));
  const started = performance.now();
  const emitter = new AnalyzerEmitter();
  let outcome;
  try {
    // the gate's settings come from the merge-base when the config is the repository's own, so a
    // change cannot loosen the gate it is judged by
    const range = await review.resolveRange(command.repo, command.base, command.head);
    const gateConfig = command.configFile === null ? await review.gateConfigAtBase(command.repo, range, validateConfig) : undefined;
    outcome = await review.runReview({
      dir: command.repo,
      baseRef: command.base,
      headRef: command.head,
      range,
      options,
      review: command.configFile === null ? gateConfig : config.review,
      description,
      baseline,
      emitter,
    });
  } catch (error) {
    if (error instanceof review.ReviewInputError) throw new UsageError(error.message);
    throw error;
  }
  if (!command.quiet) for (const line of outcome.notices) process.stderr.write(`blastmap: ${line}\n`);
  if (command.writeBaseline !== null) {
    const file = resolve(command.writeBaseline);
    try {
      writeFileSync(file, baselineText(outcome.findings));
    } catch (error) {
      throw new UsageError(`cannot write baseline ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    if (!command.quiet) process.stderr.write(`blastmap: wrote ${outcome.findings.length} finding${outcome.findings.length === 1 ? '' : 's'} to the baseline ${file}\n`);
  }
  const { reviewMarkdown } = await import('../review/format/markdown.js');
  const prefix = await review.repoPrefix(command.repo);
  if (command.format === 'json') process.stdout.write(`${JSON.stringify(outcome.json, null, 2)}\n`);
  else if (command.format === 'markdown') process.stdout.write(reviewMarkdown(outcome.json, outcome.findings));
  else if (command.format === 'sarif') {
    const { reviewSarif } = await import('../review/format/sarif.js');
    process.stdout.write(`${JSON.stringify(reviewSarif(outcome.findings, outcome.lines, prefix, TOOL_VERSION), null, 2)}\n`);
  } else {
    const { githubAnnotations } = await import('../review/format/github.js');
    const { commands, left } = githubAnnotations(outcome.findings, outcome.lines, prefix);
    for (const line of commands) process.stdout.write(`${line}\n`);
    const skipped = left.error + left.warning + left.note;
    if (skipped > 0) process.stdout.write(`blastmap: ${skipped} more finding${skipped === 1 ? ' is' : 's are'} in the step summary (GitHub shows 10 annotations of each level)\n`);
    const summary = process.env.GITHUB_STEP_SUMMARY;
    if (summary !== undefined && summary !== '') appendFileSync(summary, reviewMarkdown(outcome.json, outcome.findings));
  }
  if (command.timings) process.stderr.write(`blastmap timings: ${JSON.stringify({ reviewMs: Math.round(performance.now() - started), totalMs: Math.round(process.uptime() * 1000), maxRssKb: process.resourceUsage().maxRSS })}\n`);
  if (command.writeBaseline !== null) return 0;
  return outcome.json.gate.passed ? 0 : 1;
}

function wrap<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The config file's text as the config schema reads it; a bad one is bad input, named by key. */
function validateConfig(text: string, where: string): ConfigFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`bad config ${where}: ${(error as Error).message}`);
  }
  const validate = schemaValidator<ConfigFile>(JSON.parse(schemaFileText('config')) as object);
  if (!validate(raw)) throw new UsageError(`bad config ${where}: ${describeError((validate.errors ?? [])[0] as NonNullable<typeof validate.errors>[number])}`);
  return raw;
}
