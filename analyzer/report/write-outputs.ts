import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReportHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './schema/index.js';

export interface WrittenFiles {
  json: string;
  markdown: string;
  html: string;
}

/** The three outputs; the only place the analyzer writes files. */
export async function writeOutputs(report: Report, outDir: string, top: number): Promise<WrittenFiles> {
  mkdirSync(outDir, { recursive: true });
  const files = { json: join(outDir, 'report.json'), markdown: join(outDir, 'report.md'), html: join(outDir, 'report.html') };
  writeFileSync(files.json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(files.markdown, renderMarkdown(report, { top }));
  writeFileSync(files.html, await renderReportHtml(report));
  return files;
}
