import { describe, expect, it } from 'vitest';
import { readBlame, unquotePath, type BlamedLine } from '../../../analyzer/history/provenance/blame.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

/** git blame --porcelain as git 2.39 prints it for a renamed file: a commit's details once, its filename again when it has two. */
const PORCELAIN = [
  `${A} 1 1 2`, 'author A', 'author-mail <a@x>', 'summary one', 'boundary', 'filename sub/x.ts', '\tconst a = 1;',
  `${A} 2 2`, '\t\tindented',
  `${B} 2 3 1`, 'author B', 'summary 0123 4 5', `previous ${A} sub/x.ts`, 'filename sub/y.ts', '\tconst b = 2;',
  `${A} 3 4 1`, '\t',
  '',
].join('\n');

const read = (text: string): { lines: BlamedLine[]; result: number | string } => {
  const lines: BlamedLine[] = [];
  const result = readBlame(text, (line) => lines.push(line));
  return { lines, result };
};

describe('git blame --porcelain', () => {
  it('gives each line its commit, its line number there and its name there', () => {
    const { lines, result } = read(PORCELAIN);
    expect(result).toBe(4);
    expect(lines).toEqual([
      { commit: A, line: 1, path: 'sub/x.ts' },
      { commit: A, line: 2, path: 'sub/x.ts' },
      { commit: B, line: 2, path: 'sub/y.ts' },
      { commit: A, line: 3, path: 'sub/x.ts' },
    ]);
  });

  it('says so when the output makes no sense, rather than guessing', () => {
    expect(read('\tno header\n').result).toBe('a line of text without a header');
    expect(read(`${A} 1 1 1\n\tx\n`).result).toBe(`no filename for commit ${A}`);
    expect(read(`${A} 1 1 1\nfilename a.ts\n`).result).toBe('a header without its line');
    expect(read('').result).toBe(0);
  });

  it("unquotes git's C-style quoted names", () => {
    expect(unquotePath('"tab\\there"')).toBe('tab\there');
    expect(unquotePath('"q\\"uote\\\\"')).toBe('q"uote\\');
    expect(unquotePath('"new\\nline"')).toBe('new\nline');
    expect(unquotePath('"\\303\\251t\\303\\251"')).toBe('été');
    expect(unquotePath('plain "name"')).toBe('plain "name"');
  });
});
