import { lstatSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FreshFile } from './fresh-file.js';
import { reportPageAround } from './html.js';
import { renderMarkdown } from './markdown.js';
import { reportJsonChunks } from './report-json.js';
import type { Report } from './schema/index.js';

export interface WrittenFiles {
  json: string;
  markdown: string;
  html: string;
}

/** Milliseconds spent rendering and writing each output. */
export type OutputTimings = Record<keyof WrittenFiles, number>;

/** The three outputs: the only place the report is written (analyzer/incremental keeps its own files, outside the output folder). */
export async function writeOutputs(report: Report, outDir: string, top: number, timings?: OutputTimings): Promise<WrittenFiles> {
  refuseLinkedFolder(outDir);
  mkdirSync(outDir, { recursive: true });
  const files = { json: join(outDir, 'report.json'), markdown: join(outDir, 'report.md'), html: join(outDir, 'report.html') };
  const timed = async (key: keyof WrittenFiles, start: number, written: Promise<void>): Promise<void> => {
    await written;
    if (timings) timings[key] = performance.now() - start;
  };
  // report.json's bytes are encoded once and are also the data inside report.html: each piece goes
  // to both files as soon as it is encoded, and both are written while this thread encodes the
  // next piece and then renders report.md. Each timing runs from its start to the end of its write.
  const { before, after } = await reportPageAround(report);
  const start = performance.now();
  const json = new FreshFile(files.json);
  const html = new FreshFile(files.html);
  html.write(before);
  reportJsonChunks(report, (piece) => {
    json.write(piece);
    html.write(piece);
  });
  html.write(after);
  const written = [timed('json', start, json.finish()), timed('html', start, html.finish())];
  const markdownStart = performance.now();
  const markdown = new FreshFile(files.markdown);
  markdown.write(renderMarkdown(report, { top }));
  await Promise.all([...written, timed('markdown', markdownStart, markdown.finish())]);
  return files;
}

function refuseLinkedFolder(outDir: string): void {
  try {
    if (lstatSync(outDir).isSymbolicLink()) throw new Error(`the output folder ${outDir} is a symbolic link; give a real folder with --out`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
