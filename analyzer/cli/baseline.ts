/** `analyze --baseline <old report.json>`: the old report is read before the analysis (a bad file stops it at once, exit 2) and compared after it. */
import { compareReports, type ReadReport } from '../report/compare/compare-reports.js';
import type { Report } from '../report/schema/index.js';
import { SCHEMA_VERSION } from '../report/schema/version.js';
import { readReportFile } from './read-report-file.js';

export async function readBaseline(file: string | null): Promise<ReadReport | null> {
  return file === null ? null : readReportFile(file, 'baseline', 'analyze --baseline');
}

/** Adds `sinceBaseline` to the fresh report (report.md renders it as "Since the last review"); returns the notes to print. */
export function attachBaseline(report: Report, baseline: ReadReport | null): string[] {
  if (baseline === null) return [];
  report.sinceBaseline = compareReports(baseline, { report, schemaVersion: SCHEMA_VERSION });
  return report.sinceBaseline.notes;
}
