/**
 * Finds and reads the repository's CODEOWNERS the way GitHub does: the first of
 * `.github/CODEOWNERS`, `CODEOWNERS`, `docs/CODEOWNERS` that exists, under 3 MB (GitHub does not
 * load a larger one). Read from the working tree, as the graph stage reads sources and
 * `git check-attr` reads .gitattributes (graph/git-attributes.ts): the files analyzed and the
 * owners declared for them come from the same checkout. A symbolic link is not followed: the
 * repository is untrusted and a link may point anywhere on the machine.
 */
import { closeSync, fstatSync, lstatSync, openSync, readSync, constants } from 'node:fs';
import { join } from 'node:path';
import type { WarningSink } from '../../core/warnings.js';
import { parseCodeowners, type CodeownersRule } from './parse.js';

export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;
/** GitHub: "CODEOWNERS files must be under 3 MB in size" */
export const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;
/** invalid lines named one by one; the rest are counted in one more warning */
const NAMED_PROBLEMS = 20;

export interface Codeowners {
  /** which of the three locations it was read from */
  path: string;
  /** false when GitHub would not use the file (too large, or a line is invalid): no owner is declared */
  used: boolean;
  rules: CodeownersRule[];
  /** the file's text, for the suggested patch (null when it was not read) */
  text: string | null;
}

export function readCodeowners(root: string, warnings: WarningSink): Codeowners | null {
  for (const path of CODEOWNERS_LOCATIONS) {
    let stat;
    try {
      stat = lstatSync(join(root, path));
    } catch {
      continue;
    }
    if (stat.isSymbolicLink()) {
      warnings.add('codeowners-unreadable', `${path} is a symbolic link; blastmap does not follow links in the analyzed repository, so no owner is declared`, path);
      return { path, used: false, rules: [], text: null };
    }
    if (!stat.isFile()) continue;
    if (stat.size >= CODEOWNERS_MAX_BYTES) {
      warnings.add('codeowners-ignored', `${path} is ${String(stat.size)} bytes; GitHub does not load a CODEOWNERS file of 3 MB or more, so no owner is declared`, path);
      return { path, used: false, rules: [], text: null };
    }
    const bytes = readCapped(join(root, path));
    if (bytes === null) {
      warnings.add('codeowners-unreadable', `${path} could not be read, or is 3 MB or more; no owner is declared`, path);
      return { path, used: false, rules: [], text: null };
    }
    return judged(path, bytes, warnings);
  }
  return null;
}

/** Reads at most the cap (the file may grow between stat and read). */
function readCapped(file: string): Buffer | null {
  let fd: number | null = null;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    if (!fstatSync(fd).isFile()) return null;
    const buffer = Buffer.alloc(CODEOWNERS_MAX_BYTES);
    let size = 0;
    for (;;) {
      const n = readSync(fd, buffer, size, buffer.length - size, null);
      if (n === 0) break;
      size += n;
      if (size >= buffer.length) return null;
    }
    return buffer.subarray(0, size);
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function judged(path: string, bytes: Buffer, warnings: WarningSink): Codeowners {
  const parsed = parseCodeowners(bytes);
  for (const skipped of parsed.skipped.slice(0, NAMED_PROBLEMS)) warnings.add('codeowners-line', `${path} line ${String(skipped.line)} ${skipped.message}`, path);
  if (parsed.skipped.length > NAMED_PROBLEMS)
    warnings.add('codeowners-line', `${path}: ${String(parsed.skipped.length - NAMED_PROBLEMS)} more lines are not UTF-8 text and were left out`, path);
  for (const error of parsed.errors.slice(0, NAMED_PROBLEMS)) warnings.add('codeowners-line', `${path} line ${String(error.line)}: ${error.message}`, path);
  if (parsed.errors.length > NAMED_PROBLEMS)
    warnings.add('codeowners-line', `${path}: ${String(parsed.errors.length - NAMED_PROBLEMS)} more invalid lines, from line ${String(parsed.errors[NAMED_PROBLEMS]?.line)}`, path);
  const text = bytes.toString('utf8');
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0]?.line ?? 0;
    warnings.add(
      'codeowners-ignored',
      `${path} has ${parsed.errors.length === 1 ? 'an invalid line' : `${String(parsed.errors.length)} invalid lines`} (first: line ${String(first)}); GitHub ignores a CODEOWNERS file with any invalid line and requests no review from code owners, so blastmap declares no owner from it either`,
      path,
    );
    return { path, used: false, rules: parsed.rules, text };
  }
  return { path, used: true, rules: parsed.rules, text };
}
