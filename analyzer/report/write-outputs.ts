import { closeSync, lstatSync, mkdirSync, openSync, rmSync, writev } from 'node:fs';
import { rename } from 'node:fs/promises';
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
  // report.json's bytes are encoded once and are also the data inside report.html. Each file is
  // handed to libuv's threads in one write, so both are written while this thread renders
  // report.md; each timing runs from the start of its rendering to the end of its write.
  const { before, after } = await reportPageAround(report);
  let json: Buffer[] = [];
  const jsonWritten = timed('json', () => writeFresh(files.json, (json = reportJsonChunks(report))));
  const htmlWritten = timed('html', () => writeFresh(files.html, [before, ...json, after]));
  await Promise.all([jsonWritten, htmlWritten, timed('markdown', () => writeFresh(files.markdown, [renderMarkdown(report, { top })]))]);
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
    const fd = openSync(temporary, 'wx');
    try {
      // report.html's data is report.json's buffers, not a copy of them
      await writeAll(fd, parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
    } finally {
      closeSync(fd);
    }
    // on libuv's threads too: replacing a large old report frees its pages, which takes a while
    await rename(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Buffers per writev call, under every system's IOV_MAX. */
const MAX_BUFFERS = 512;

/** All of `buffers` at the file's position, in as few writev calls as the system takes. */
async function writeAll(fd: number, buffers: Buffer[]): Promise<void> {
  let pending = buffers.filter((b) => b.length > 0);
  while (pending.length > 0) {
    const batch = pending.slice(0, MAX_BUFFERS);
    const written = await new Promise<number>((done, fail) => writev(fd, batch, (error, bytes) => (error ? fail(error) : done(bytes))));
    pending = [...notWritten(batch, written), ...pending.slice(batch.length)];
  }
}

/** What a writev of `batch` that wrote `written` bytes left (a short write goes on from the first byte not written). */
export function notWritten(batch: readonly Buffer[], written: number): Buffer[] {
  let left = written;
  let i = 0;
  while (i < batch.length && left >= (batch[i] as Buffer).length) left -= (batch[i++] as Buffer).length;
  if (i >= batch.length) return [];
  return left === 0 ? batch.slice(i) : [(batch[i] as Buffer).subarray(left), ...batch.slice(i + 1)];
}

function refuseLinkedFolder(outDir: string): void {
  try {
    if (lstatSync(outDir).isSymbolicLink()) throw new Error(`the output folder ${outDir} is a symbolic link; give a real folder with --out`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
