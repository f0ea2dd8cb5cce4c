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

/** Milliseconds spent rendering and writing each output. */
export type OutputTimings = Record<keyof WrittenFiles, number>;

/** The three outputs; the only place the analyzer writes files. */
export async function writeOutputs(report: Report, outDir: string, top: number, timings?: OutputTimings): Promise<WrittenFiles> {
  mkdirSync(outDir, { recursive: true });
  const files = { json: join(outDir, 'report.json'), markdown: join(outDir, 'report.md'), html: join(outDir, 'report.html') };
  const timed = async (key: keyof WrittenFiles, write: () => Promise<void> | void): Promise<void> => {
    const start = performance.now();
    await write();
    if (timings) timings[key] = performance.now() - start;
  };
  await timed('json', () => writeFileSync(files.json, `${JSON.stringify(report, null, 2)}\n`));
  await timed('markdown', () => writeFileSync(files.markdown, renderMarkdown(report, { top })));
  await timed('html', async () => writeFileSync(files.html, await renderReportHtml(report)));
  return files;
}
