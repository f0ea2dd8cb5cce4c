import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { WarningSink } from '../core/warnings.js';
import { generatedByContent } from './linguist/generated-content.js';
import { componentExtension } from './source-extensions.js';

const GENERATED_HEADER = /@generated\b|\bDO NOT EDIT\b|\bauto-?generated\b|\bthis file (was|is) generated\b/i;

/**
 * Reads one candidate without following links, or explains why not. Returns the text, or null
 * after adding a warning: the file is then not a module, and is named in warnings[].
 * `generatedChecks` false (the file is declared `linguist-generated=false`) skips every check of
 * whether it is generated or minified, as Linguist does; the size cap and binary check stay.
 */
export function readSource(abs: string, path: string, maxBytes: number, warnings: WarningSink, generatedChecks = true): string | null {
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') warnings.add('missing-from-worktree', 'tracked by git but missing from the working tree', path);
    else if (code === 'ELOOP') warnings.add('symlink', 'a symbolic link in the working tree; links are never followed', path);
    else warnings.add('unreadable', `cannot be read: ${code ?? String(error)}`, path);
    return null;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      warnings.add('unreadable', 'not a regular file', path);
      return null;
    }
    if (stat.size > maxBytes) {
      warnings.add('size-cap', `${stat.size} bytes, over maxFileBytes (${maxBytes})`, path);
      return null;
    }
    const buffer = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return classifyContent(buffer.subarray(0, read), path, warnings, generatedChecks);
  } finally {
    closeSync(fd);
  }
}

/** The checks on a file's bytes (binary, generated, minified): also applied to blobs by analyzer/trend. */
export function classifyContent(buffer: Buffer, path: string, warnings: WarningSink, generatedChecks: boolean): string | null {
  if (buffer.subarray(0, 8000).includes(0)) {
    warnings.add('binary', 'binary content (NUL bytes)', path);
    return null;
  }
  const text = buffer.toString('utf8');
  if (!generatedChecks) return text;
  const linguist = generatedByContent(path, buffer, text);
  if (linguist) {
    warnings.add(linguist.code, linguist.message, path);
    return null;
  }
  // blastmap's own, for every TS/JS extension (Linguist's above look at .js and .ts only); not for a
  // component, whose long lines are a template's or a style's (an inline data: URL), not minified code
  const lines = text.length > 20_000 ? countLines(text) : 1;
  if (text.length > 20_000 && text.length / lines > 500 && componentExtension(path) === null) {
    warnings.add('minified', `minified (${lines} lines, ${Math.round(text.length / lines)} characters a line on average)`, path);
    return null;
  }
  if (GENERATED_HEADER.test(text.slice(0, 1024))) {
    warnings.add('generated', 'generated code (header says so)', path);
    return null;
  }
  return text;
}

function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines += 1;
  return lines;
}
