import { lstatSync, mkdirSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
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
  const timed = async (key: keyof WrittenFiles, write: () => Promise<void>): Promise<void> => {
    const start = performance.now();
    await write();
    if (timings) timings[key] = performance.now() - start;
  };
  // report.json's bytes are encoded once and are also the data inside report.html. The writes go
  // to libuv's threads while this one renders the next output, so each timing runs from the start
  // of its rendering to the end of its write.
  let json: Buffer[] = [];
  const jsonWritten = timed('json', () => writeFresh(files.json, (json = reportJsonChunks(report))));
  await Promise.all([
    jsonWritten,
    timed('markdown', () => writeFresh(files.markdown, [renderMarkdown(report, { top })])),
    timed('html', async () => {
      const { before, after } = await reportPageAround(report);
      await writeFresh(files.html, [before, ...json, after]);
    }),
  ]);
  return files;
}

/**
 * The output folder may sit inside the analyzed repository (the default, when run from it), and a
 * repository can commit `blastmap-report/report.md` as a link to any file of the user's. So each
 * output is written to a new file and renamed over the old name: a link there is replaced, never
 * followed.
 */
async function writeFresh(path: string, parts: readonly (string | Buffer)[]): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const file = await open(temporary, 'wx');
    try {
      // part after part (each continues where the last ended): report.html's data is report.json's buffers, not a copy of them
      for (const part of parts) await file.writeFile(part);
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}

function refuseLinkedFolder(outDir: string): void {
  try {
    if (lstatSync(outDir).isSymbolicLink()) throw new Error(`the output folder ${outDir} is a symbolic link; give a real folder with --out`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
