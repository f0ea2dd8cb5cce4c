#!/usr/bin/env node
import { runOptions } from './cli/run-options.js';
import { basename, join, relative, resolve } from 'node:path';
import { parseViewArgs } from './cli/parse-view.js';
import { attachBaseline, readBaseline } from './cli/baseline.js';
import { printable } from './cli/printable.js';
import { readReportFile } from './cli/read-report-file.js';
import { ANALYZE_HELP, MAIN_HELP, VIEW_HELP } from './cli/help.js';
import { parseAnalyzeArgs } from './cli/parse-analyze.js';
import { limitLines } from './cli/limit-lines.js';
import { checkOutFolder } from './cli/out-folder.js';
import { showProgress } from './cli/progress.js';
import { CommandFailed, UsageError } from './cli/usage-error.js';
import { UnknownPersonError } from './history/leaving.js';
import { AnalyzerEmitter } from './core/events.js';
import { TOOL_VERSION } from './core/version.js';
import { count } from './report/wording/count.js';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${MAIN_HELP}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  if (command === 'analyze') return runAnalyze(rest);
  if (command === 'view') return runView(rest);
  if (command === 'codeowners') return (await import('./cli/codeowners.js')).runCodeowners(rest);
  if (command === 'audit') return (await import('./cli/audit.js')).runAudit(rest);
  if (command === 'diff') return (await import('./cli/diff.js')).runDiff(rest);
  if (command === 'review') return (await import('./cli/review.js')).runReviewCommand(rest);
  throw new UsageError(`unknown command '${command}' (try 'blastmap --help')`);
}

async function runAnalyze(args: string[]): Promise<number> {
  const command = parseAnalyzeArgs(args);
  if (command.help) {
    process.stdout.write(`${ANALYZE_HELP}\n`);
    return 0;
  }
  const { options } = await runOptions(command);
  const baseline = await readBaseline(command.baseline);
  const outDir = resolve(options.out);
  checkOutFolder(outDir);
  const emitter = new AnalyzerEmitter();
  const clearProgress = command.quiet ? () => undefined : showProgress(emitter);
  const phases: Record<string, number> = {};
  emitter.on('phase-end', ({ phase, ms }) => (phases[phase] = ms));
  emitter.on('cache', (event) => {
    if (event.stage === 'run' && !command.quiet) process.stderr.write(`blastmap: the cache folder's entry for this repository could not be used (${printable(event.discarded)}); it was removed and the analysis run without it\n`);
    if (event.stage === 'snapshot' && !command.quiet)
      process.stderr.write(`blastmap: the history snapshot for the next run could not be written (${printable(event.failed)}); ${event.removed ? "the cache folder's entry for this repository was removed, so the next run reads the whole history" : "nor could the cache folder's entry for this repository be removed"}; this report is complete\n`);
  });
  // Loaded on demand: the compilers and graph libraries take about a second to load, which
  // --help, --version and bad input should not pay.
  const [{ analyzeAnd }, { writeOutputs }] = await Promise.all([import('./analyze.js'), import('./report/write-outputs.js')]);
  const outputs = { json: 0, markdown: 0, html: 0 };
  // the outputs are written while the history thread writes its snapshot for the next run
  const { report, baselineNotes, files } = await analyzeAnd(command.repo, { ...options, out: outDir }, async (report) => {
    const baselineNotes = attachBaseline(report, baseline);
    return { report, baselineNotes, files: await writeOutputs(report, outDir, options.top, outputs) };
  }, emitter);
  clearProgress();
  if (!command.quiet) for (const note of baselineNotes) process.stderr.write(`blastmap: baseline: ${printable(note)}\n`);
  if (command.timings) {
    const usage = { totalMs: Math.round(process.uptime() * 1000), maxRssKb: process.resourceUsage().maxRSS };
    for (const key of Object.keys(phases)) phases[key] = Math.round(phases[key] as number);
    for (const key of ['json', 'markdown', 'html'] as const) outputs[key] = Math.round(outputs[key]);
    process.stderr.write(`blastmap timings: ${JSON.stringify({ phases, outputs, ...usage })}\n`);
  }
  if (!command.quiet) {
    const { modules, edges } = report.summary;
    const where = relative(process.cwd(), outDir) || '.';
    process.stderr.write(
      `blastmap: ${count(modules, 'module')}, ${count(edges, 'edge')}, ${count(report.warnings.length, 'warning')} -> ${relative(process.cwd(), files.json) || files.json}, report.md, report.html\n` +
        limitLines(report).join('') +
        `blastmap: to open it: ${selfCommand()} view ${quoteArg(where)}   (or open ${quoteArg(join(where, 'report.html'))} in a browser)\n`,
    );
  }
  return 0;
}

/** How this process was started, as a command the user can paste: `blastmap` from a bin link, else node and the script's path. */
function selfCommand(): string {
  const script = process.argv[1] ?? '';
  if (basename(script) === 'blastmap') return 'blastmap';
  return `node ${quoteArg(relative(process.cwd(), script) || script)}`;
}

/** A shell word for a path: as it is when it is plain, else single-quoted. */
function quoteArg(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

async function runView(args: string[]): Promise<number> {
  const command = parseViewArgs(args);
  if (command.help) {
    process.stdout.write(`${VIEW_HELP}\n`);
    return 0;
  }
  // checked as diff checks a report, so a file that is no blastmap report is refused (exit 2)
  // rather than served to a page that cannot show it; the server reads it again on each load
  await readReportFile(command.file, '', 'view');
  const { serveReport } = await import('./serve/serve-report.js');
  let server;
  try {
    server = await serveReport({ file: command.file, port: command.port, open: command.open });
  } catch (error) {
    throw portRefused(error, command.port) ?? error;
  }
  // listening for the stop before saying where it serves: a stop sent on reading that line ends it cleanly
  const stopped = new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  process.stdout.write(`blastmap: serving ${command.file} at ${server.url} (Ctrl-C to stop)\n`);
  await stopped;
  await server.close();
  return 0;
}

/** A port the user chose that cannot be listened on is their input to change: one line, exit 2. */
function portRefused(error: unknown, port: number | undefined): UsageError | null {
  const code = (error as NodeJS.ErrnoException).code;
  if (port === undefined) return null; // a free port the system picked
  if (code === 'EADDRINUSE') return new UsageError(`port ${port} is in use; choose another with --port <n>, or leave --port out for a free one`);
  if (code === 'EACCES') return new UsageError(`port ${port} may not be listened on by this user (EACCES; ports below 1024 usually need privileges); choose another with --port <n>`);
  return null;
}

/**
 * How a failure that is not bad input is introduced: analyze, codeowners and audit run an
 * analysis; view and diff run none, so "analysis failed" would mislead (review words its own,
 * through CommandFailed, as its exit codes differ).
 */
function failureOf(command: string | undefined): string {
  return command === 'view' || command === 'diff' ? `${command} failed` : 'analysis failed';
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof UnknownPersonError) {
      process.stderr.write(`blastmap: ${error.message}\n`);
      process.exitCode = 2;
    } else if (error instanceof CommandFailed) {
      process.stderr.write(`blastmap: ${error.message}\n`);
      if (process.env.BLASTMAP_DEBUG) console.error(error.cause);
      process.exitCode = error.exitCode;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`blastmap: ${failureOf(process.argv[2])}: ${message.split('\n')[0]}\n`);
      if (process.env.BLASTMAP_DEBUG) console.error(error);
      process.exitCode = 1;
    }
  },
);
