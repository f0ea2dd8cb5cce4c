import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderReportHtml } from '../../../analyzer/report/html.js';
import type { Report } from '../../../analyzer/report/schema/index.js';

const OUT = resolve(import.meta.dirname, '../../../test-output/e2e');

/** Writes report.html for a report (as the analyzer would) and returns its file:// URL. */
export async function writeReportPage(name: string, report: Report, viewerDir: string): Promise<{ file: string; url: string }> {
  await mkdir(OUT, { recursive: true });
  const file = join(OUT, `${name}.html`);
  await writeFile(file, await renderReportHtml(report, { viewerDir }));
  return { file, url: pathToFileURL(file).href };
}
