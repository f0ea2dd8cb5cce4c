/** report.md's "Since the last review": the comparison `analyze --baseline` attached, as `blastmap diff` prints it. */
import { comparisonMarkdown } from './compare/comparison-markdown.js';
import type { Report } from './schema/index.js';

export function sinceBaselineSection(report: Report, top: number): string[] {
  if (report.sinceBaseline === undefined) return [];
  return comparisonMarkdown(report.sinceBaseline, { depth: 2, top }).trimEnd().split('\n');
}
