/**
 * `blastmap codeowners [path]`: the suggested CODEOWNERS change on its own, for scripts. Runs the
 * analysis in memory with the analyze options (nothing is written) and prints the patch, or the
 * new file when the repository has no CODEOWNERS.
 */
import { runOptions } from './run-options.js';
import { CODEOWNERS_HELP } from './help.js';
import { parseAnalyzeArgs } from './parse-analyze.js';
import { UsageError } from './usage-error.js';
import { AnalyzerEmitter } from '../core/events.js';

export async function runCodeowners(args: string[]): Promise<number> {
  if (args.includes('--out') || args.includes('-o') || args.some((a) => a.startsWith('--out='))) throw new UsageError('codeowners writes nothing: --out does not apply (it prints to standard output)');
  const command = parseAnalyzeArgs(args, 'codeowners');
  if (command.help) {
    process.stdout.write(`${CODEOWNERS_HELP}\n`);
    return 0;
  }
  const { options } = await runOptions(command);
  const { analyze } = await import('../analyze.js');
  const report = await analyze(command.repo, options, new AnalyzerEmitter());
  const entry = report.codeowners ?? null;
  const suggestion = entry?.suggestion;
  if (!entry || !suggestion || suggestion.patch === '') {
    if (!command.quiet) process.stderr.write(`blastmap: nothing to suggest: ${entry === null ? 'no risky area has an active author to name' : 'every risky area has an active author among its declared owners'}\n`);
    return 0;
  }
  process.stdout.write(entry.exists ? suggestion.patch : `${suggestion.lines.join('\n')}\n`);
  if (!command.quiet) {
    const where = entry.exists ? `a patch to ${entry.path}` : `a new ${entry.path}`;
    const note = entry.exists && !entry.used ? `; note: GitHub ignores ${entry.path} as it stands (see the report's warnings), and this patch does not fix that` : '';
    process.stderr.write(`blastmap: ${where} naming the active authors of ${String(suggestion.areas.length)} area${suggestion.areas.length === 1 ? '' : 's'}${note}\n`);
  }
  return 0;
}
