/**
 * The one write `blastmap audit` makes in the analyzed repository, and only when ratings were
 * given: rows added at the end of `.blastmap/familiarity.csv`. The file's bytes so far are kept
 * byte for byte (its line ends, a missing last newline, a BOM) and the rows follow them; the new
 * file replaces the old one by a rename, so a reader sees all of the old file or all of the new,
 * never half a row. It never commits. Links are not followed: a repository whose `.blastmap` or
 * ratings file is a symbolic link could otherwise have us write anywhere.
 */
import { lstatSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvField, neutralised } from '../core/csv.js';
import { writeAtomic } from '../core/atomic-file.js';
import { FAMILIARITY_FILE, FAMILIARITY_HEADER, type Rating } from '../history/familiarity-file.js';
import { UsageError } from './usage-error.js';

export interface NewRating {
  date: string;
  person: string;
  area: string;
  rating: Rating;
}

/** A row as written: a name or area that a spreadsheet would read as a formula gets a leading apostrophe. */
export function ratingRow(r: NewRating): string {
  return [r.date, csvField(neutralised(r.person)), csvField(neutralised(r.area)), String(r.rating)].join(',');
}

/** Appends the rows; returns the file's absolute path. */
export function appendRatings(repoRoot: string, rows: readonly NewRating[]): string {
  const dir = join(repoRoot, '.blastmap');
  const file = join(repoRoot, FAMILIARITY_FILE);
  const dirKind = kindOf(dir);
  if (dirKind === 'missing') mkdirSync(dir);
  else if (dirKind !== 'dir') throw new UsageError(`${dir} is ${dirKind === 'link' ? 'a symbolic link' : 'not a folder'}; the ratings were not written`);
  const fileKind = kindOf(file);
  if (fileKind !== 'missing' && fileKind !== 'file') throw new UsageError(`${file} is ${fileKind === 'link' ? 'a symbolic link' : 'not a regular file'}; the ratings were not written`);
  const existing = fileKind === 'file' ? readFileSync(file) : Buffer.alloc(0);
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const head = existing.length > 0 ? '' : FAMILIARITY_HEADER.join(',') + eol;
  const gap = existing.length > 0 && existing[existing.length - 1] !== 0x0a ? eol : '';
  const added = Buffer.from(head + gap + rows.map(ratingRow).join(eol) + eol, 'utf8');
  const mode = fileKind === 'file' ? lstatSync(file).mode & 0o777 : 0o644;
  if (!writeAtomic(file, () => Buffer.concat([existing, added]), mode)) throw new UsageError(`${file} could not be written; the ratings were not saved`);
  return file;
}

function kindOf(path: string): 'missing' | 'file' | 'dir' | 'link' | 'other' {
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return 'link';
    if (stat.isFile()) return 'file';
    if (stat.isDirectory()) return 'dir';
    return 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new UsageError(`${path} cannot be read: ${(error as Error).message}`);
  }
}
