import type { Report } from '../../analyzer/report/schema/index.js';
import type { ReportIndex } from './report-index.js';

/**
 * Points the index at another version of the same report (the same modules and areas, other
 * figures: viewer/src/as-if-left.ts), so the drawing, colours and side panel read the new figures
 * without laying the graph out again.
 */
export function useReport(index: ReportIndex, report: Report): void {
  index.report = report;
  for (const m of report.modules) index.modules.set(m.path, m);
  for (const a of report.areas) index.areas.set(a.path, a);
  for (const a of report.authors) index.authors.set(a.id, a);
}
