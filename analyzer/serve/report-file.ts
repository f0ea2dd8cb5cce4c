import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** report.json itself, or the report.json inside a directory (e.g. the --out folder). */
export async function resolveReportFile(file: string): Promise<string> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new Error(`no such file or directory: ${file}`);
  if (!info.isDirectory()) return file;
  const inside = join(file, 'report.json');
  if (!(await stat(inside).catch(() => null))?.isFile()) throw new Error(`${file} has no report.json`);
  return inside;
}

export async function readReportDocument(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file} is not JSON: ${(error as Error).message}`);
  }
}
