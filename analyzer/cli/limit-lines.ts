import type { Report } from '../report/schema/index.js';
import { reportLimits } from '../report/wording/limits.js';

/**
 * One short line per thing the report could not see, for the end of `analyze`: the same limits
 * report.md and the viewer state, from the same function.
 */
export function limitLines(report: Pick<Report, 'repo' | 'authors' | 'warnings'>): string[] {
  return reportLimits(report).map((limit) => `blastmap: could not see: ${limit.headline}\n`);
}
