/** `blastmap diff <old report.json> <new report.json>`: what changed since the last review. */
import { compareReports } from '../report/compare/compare-reports.js';
import { comparisonMarkdown } from '../report/compare/comparison-markdown.js';
import { DIFF_HELP } from './help.js';
import { positiveInt, strictArgs } from './run-flags.js';
import { printable } from './printable.js';
import { readReportFile } from './read-report-file.js';
import { UsageError } from './usage-error.js';

const FORMATS = ['markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Rows per list before "and N more" in the Markdown (the JSON form has them all). */
export const DIFF_TOP = 20;

export async function runDiff(args: string[]): Promise<number> {
  const { values, positionals } = strictArgs('diff', args, { format: { type: 'string', short: 'f' }, top: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    process.stdout.write(`${DIFF_HELP}\n`);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError(`diff takes two report.json files, old then new, got ${positionals.length} (try 'blastmap diff --help')`);
  const format = values.format ?? 'markdown';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format takes ${FORMATS.join(' or ')}, got '${printable(format)}'`);
  const top = values.top === undefined ? DIFF_TOP : positiveInt('--top', values.top);
  const [oldFile, newFile] = positionals as [string, string];
  const old = await readReportFile(oldFile, 'old', 'diff');
  const now = await readReportFile(newFile, 'new', 'diff');
  const comparison = compareReports(old, now);
  for (const note of comparison.notes) process.stderr.write(`blastmap: warning: ${printable(note)}\n`);
  process.stdout.write((format as Format) === 'json' ? `${JSON.stringify(comparison, null, 2)}\n` : comparisonMarkdown(comparison, { depth: 1, top }));
  return 0;
}
