import { closeSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
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

/** The three outputs: the only place the report is written (the run cache keeps its own files, analyzer/cache). */
export async function writeOutputs(report: Report, outDir: string, top: number, timings?: OutputTimings): Promise<WrittenFiles> {
  refuseLinkedFolder(outDir);
  mkdirSync(outDir, { recursive: true });
  const files = { json: join(outDir, 'report.json'), markdown: join(outDir, 'report.md'), html: join(outDir, 'report.html') };
  const timed = async (key: keyof WrittenFiles, write: () => Promise<void> | void): Promise<void> => {
    const start = performance.now();
    await write();
    if (timings) timings[key] = performance.now() - start;
  };
  // Encoded once: report.json's bytes are also the data inside report.html.
  let json: Buffer[] = [];
  await timed('json', () => writeFresh(files.json, ...(json = reportJsonChunks(report))));
  await timed('markdown', () => writeFresh(files.markdown, renderMarkdown(report, { top })));
  await timed('html', async () => {
    const { before, after } = await reportPageAround(report);
    writeFresh(files.html, before, ...json, after);
  });
  return files;
}

/**
 * The output folder may sit inside the analyzed repository (the default, when run from it), and a
 * repository can commit `blastmap-report/report.md` as a link to any file of the user's. So each
 * output is written to a new file and renamed over the old name: a link there is replaced, never
 * followed.
 */
function writeFresh(path: string, ...parts: (string | Buffer)[]): void {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = openSync(temporary, 'wx');
    try {
      // part by part: report.html's data is report.json's buffer, not a copy of it
      for (const part of parts) writeFileSync(fd, part);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

function refuseLinkedFolder(outDir: string): void {
  try {
    if (lstatSync(outDir).isSymbolicLink()) throw new Error(`the output folder ${outDir} is a symbolic link; give a real folder with --out`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
