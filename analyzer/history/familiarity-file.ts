/**
 * The team's own ratings (report contract, "The team's own ratings"): `.blastmap/familiarity.csv`
 * in the analyzed working tree, header `date,person,area,rating`. `blastmap audit` appends to it
 * without committing, so it is read from the working tree as source files are: without following
 * links, under a size cap. Every row that cannot be used is counted with its line (FamiliarityProblems).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { isCalendarDate } from '../core/calendar-date.js';
import { parseCsv, unneutralised } from '../core/csv.js';
import type { WarningCode, WarningSink } from '../core/warnings.js';

export const FAMILIARITY_FILE = '.blastmap/familiarity.csv';
export const FAMILIARITY_HEADER = ['date', 'person', 'area', 'rating'] as const;
/** 64 MiB: about two million rows, far beyond a team's weekly ratings over years */
export const MAX_FAMILIARITY_BYTES = 64 * 1024 * 1024;

export type Rating = 1 | 2 | 3;

export interface FamiliarityRow {
  line: number;
  /** YYYY-MM-DD */
  date: string;
  person: string;
  area: string;
  rating: Rating;
}

/** Rows that name a real calendar date and a rating 1..3; people and areas are checked later (score/familiarity.ts). */
export interface FamiliarityRows {
  rows: FamiliarityRow[];
  problems: FamiliarityProblems;
}

/** Reads the file, or null when the working tree has none (the usual case). */
export function readFamiliarityFile(root: string, warnings: WarningSink): FamiliarityRows | null {
  // O_NOFOLLOW guards the file's own name; a linked .blastmap folder is refused here
  let folder;
  try {
    folder = lstatSync(join(root, '.blastmap'));
  } catch {
    return null;
  }
  if (folder.isSymbolicLink()) {
    warnings.add('familiarity-unreadable', "the team's ratings were not read: .blastmap is a symbolic link; links are never followed", FAMILIARITY_FILE);
    return null;
  }
  const bytes = readBounded(join(root, FAMILIARITY_FILE), warnings);
  return bytes === null ? null : parseFamiliarity(bytes);
}

function readBounded(abs: string, warnings: WarningSink): Buffer | null {
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    const why = code === 'ELOOP' ? 'it is a symbolic link; links are never followed' : `it cannot be read (${code ?? String(error)})`;
    warnings.add('familiarity-unreadable', `the team's ratings were not read: ${why}`, FAMILIARITY_FILE);
    return null;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      warnings.add('familiarity-unreadable', "the team's ratings were not read: not a regular file", FAMILIARITY_FILE);
      return null;
    }
    if (stat.size > MAX_FAMILIARITY_BYTES) {
      warnings.add('familiarity-unreadable', `the team's ratings were not read: ${stat.size} bytes, over ${MAX_FAMILIARITY_BYTES}`, FAMILIARITY_FILE);
      return null;
    }
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

export function parseFamiliarity(bytes: Buffer): FamiliarityRows {
  const problems = new FamiliarityProblems();
  const rows: FamiliarityRow[] = [];
  // U+FFFD in a cell marks bytes that were not UTF-8: such a row is refused rather than guessed at
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  let first = true;
  parseCsv(text, ({ line, cells, unterminated }) => {
    if (cells.length === 1 && cells[0]!.trim() === '') return;
    if (first) {
      first = false;
      const header = cells.map((c) => c.trim().toLowerCase());
      if (header.length === 4 && header.every((c, i) => c === FAMILIARITY_HEADER[i])) return;
      problems.add('familiarity-bad-row', line, `not the header ${FAMILIARITY_HEADER.join(',')}; read as a rating`);
    }
    if (unterminated) return problems.add('familiarity-bad-row', line, 'a quoted field is not closed before the end of the file');
    if (cells.length !== 4) return problems.add('familiarity-bad-row', line, `${cells.length} fields, not 4 (date,person,area,rating)`);
    if (cells.some((c) => c.includes('\uFFFD'))) return problems.add('familiarity-bad-row', line, 'bytes that are not UTF-8');
    const [date, person, area, rating] = cells.map((c) => unneutralised(c.trim())) as [string, string, string, string];
    if (!isCalendarDate(date)) return problems.add('familiarity-bad-date', line, `"${clip(date)}" is not a date (YYYY-MM-DD)`);
    if (rating !== '1' && rating !== '2' && rating !== '3') return problems.add('familiarity-bad-rating', line, `"${clip(rating)}" is not a rating (1, 2 or 3)`);
    if (person === '') return problems.add('familiarity-bad-row', line, 'no person');
    rows.push({ line, date, person, area: normalArea(area), rating: Number(rating) as Rating });
  });
  return { rows, problems };
}

/** `src/core/`, `./src/core` and `src/core` name one area; an empty cell or `.` the root. */
export function normalArea(area: string): string {
  let path = area;
  while (path.startsWith('./')) path = path.slice(2);
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path === '' ? '.' : path;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Lines named one by one per kind of problem; past that, one warning counts the rest. */
const NAMED = 20;

/**
 * A hostile file can hold 100,000 bad rows: each is named with its line up to NAMED per kind, the
 * rest counted in one more warning with the first and last line, so report.json stays small.
 */
export class FamiliarityProblems {
  private readonly kinds = new Map<WarningCode, { named: string[]; more: number; firstMore: number; lastMore: number }>();

  add(code: WarningCode, line: number, why: string): void {
    const kind = this.kinds.get(code) ?? { named: [], more: 0, firstMore: 0, lastMore: 0 };
    this.kinds.set(code, kind);
    if (kind.named.length < NAMED) {
      kind.named.push(`line ${line}: ${why}`);
      return;
    }
    if (kind.more === 0) kind.firstMore = line;
    kind.more++;
    kind.lastMore = line;
  }

  flushInto(warnings: WarningSink): void {
    for (const [code, { named, more, firstMore, lastMore }] of this.kinds) {
      for (const message of named) warnings.add(code, message, FAMILIARITY_FILE);
      if (more > 0) warnings.add(code, `${more} more ${more === 1 ? 'line' : 'lines'} with this problem, lines ${firstMore} to ${lastMore}`, FAMILIARITY_FILE);
    }
    this.kinds.clear();
  }
}
