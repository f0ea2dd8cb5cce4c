/**
 * Commit trailers, parsed the way git's trailer.c does for `%(trailers)` (no `---` divider):
 * only the last paragraph after the title counts, and only when every line in it is a trailer,
 * or when it holds a git-generated line (`Signed-off-by: `, `(cherry picked from commit `) and
 * at least a quarter of its lines are trailers. Lines starting with `#` are comments, as in git.
 */
export interface Trailer {
  key: string;
  /** value with continuation lines unfolded (joined by single spaces) */
  value: string;
}

const GIT_GENERATED_PREFIXES = ['Signed-off-by: ', '(cherry picked from commit '];
const COMMENT = '#';

export function parseTrailers(message: string): Trailer[] {
  const lines = splitLines(withoutIgnoredTail(message));
  const start = trailerBlockStart(lines);
  if (start === lines.length) return [];
  return foldBlock(lines.slice(start));
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** git drops trailing comment and blank lines before looking for the block. */
function withoutIgnoredTail(message: string): string {
  const lines = splitLines(message);
  let end = lines.length;
  while (end > 0) {
    const line = lines[end - 1] ?? '';
    if (isBlank(line) || line.startsWith(COMMENT)) end--;
    else break;
  }
  return lines.slice(0, end).join('\n');
}

function isBlank(line: string): boolean {
  return /^\s*$/.test(line);
}

/** git's isspace(): space, \t, \n, \v, \f, \r */
function startsWithSpace(line: string): boolean {
  return /^[ \t\n\v\f\r]/.test(line);
}

/** Index of the first token character that ends a `Key:` (the separator), or -1. */
export function separatorPosition(line: string): number {
  let whitespaceFound = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === ':') return i;
    if (!whitespaceFound && /[A-Za-z0-9-]/.test(c)) continue;
    if (i !== 0 && (c === ' ' || c === '\t')) {
      whitespaceFound = true;
      continue;
    }
    break;
  }
  return -1;
}

function titleEnd(lines: string[]): number {
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith(COMMENT)) continue;
    if (isBlank(line)) break;
  }
  return i;
}

/** Mirrors find_trailer_block_start(): scans upwards from the last line. */
function trailerBlockStart(lines: string[]): number {
  const endOfTitle = titleEnd(lines);
  let onlySpaces = true;
  let recognizedPrefix = false;
  let trailerLines = 0;
  let nonTrailerLines = 0;
  let possibleContinuationLines = 0;
  for (let i = lines.length - 1; i >= endOfTitle; i--) {
    const line = lines[i] as string;
    if (line.startsWith(COMMENT)) {
      nonTrailerLines += possibleContinuationLines;
      possibleContinuationLines = 0;
      continue;
    }
    if (isBlank(line)) {
      if (onlySpaces) continue;
      nonTrailerLines += possibleContinuationLines;
      if (recognizedPrefix && trailerLines * 3 >= nonTrailerLines) return i + 1;
      if (trailerLines > 0 && nonTrailerLines === 0) return i + 1;
      return lines.length;
    }
    onlySpaces = false;
    if (GIT_GENERATED_PREFIXES.some((prefix) => line.startsWith(prefix))) {
      trailerLines++;
      possibleContinuationLines = 0;
      recognizedPrefix = true;
      continue;
    }
    if (separatorPosition(line) >= 1 && !startsWithSpace(line)) {
      trailerLines++;
      possibleContinuationLines = 0;
    } else if (startsWithSpace(line)) {
      possibleContinuationLines++;
    } else {
      nonTrailerLines += 1 + possibleContinuationLines;
      possibleContinuationLines = 0;
    }
  }
  return lines.length;
}

/** Joins continuation lines onto their trailer and keeps the `Key: value` entries. */
function foldBlock(block: string[]): Trailer[] {
  const entries: string[] = [];
  let lastIsTrailer = false;
  for (const line of block) {
    if (line.startsWith(COMMENT)) continue;
    // git only folds a continuation into a preceding line that is itself a trailer
    if (lastIsTrailer && startsWithSpace(line)) {
      entries[entries.length - 1] += `\n${line}`;
      continue;
    }
    entries.push(line);
    lastIsTrailer = separatorPosition(line) >= 1;
  }
  const trailers: Trailer[] = [];
  for (const entry of entries) {
    const separator = separatorPosition(entry);
    if (separator < 1) continue;
    const key = entry.slice(0, separator).trim();
    const value = entry
      .slice(separator + 1)
      .split('\n')
      .map((part) => part.trim())
      .filter((part) => part.length > 0)
      .join(' ');
    trailers.push({ key, value });
  }
  return trailers;
}
