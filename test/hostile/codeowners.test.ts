/**
 * Hostile CODEOWNERS files (issue #14, "Bad input"): 3 MB and more, 10,000 rules, patterns that
 * would make a backtracking matcher stall, bytes that are not UTF-8, owners written as HTML or
 * Markdown, a symbolic link. Nothing crashes or stalls, each problem is a warning naming the line,
 * and nothing from the file becomes markup in report.md.
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import { compilePattern, matchesPath } from '../../analyzer/graph/codeowners/pattern.js';
import { parseCodeowners } from '../../analyzer/graph/codeowners/parse.js';
import { renderMarkdown } from '../../analyzer/report/markdown.js';
import { buildRepo, PEOPLE } from '../../scripts/fixtures/history-fixture.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A repository with src/d1234/a.ts and src/web/b.ts by Alice, and the given CODEOWNERS bytes. */
function repoWith(codeowners: Buffer | null, extra: Record<string, string[]> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'blastmap-hostile-owners-'));
  made.push(dir);
  buildRepo(dir, [{ kind: 'commit', date: '2025-01-01T00:00:00+00:00', author: PEOPLE.alice, message: 'init\n', write: {
    'src/d1234/a.ts': ['export const a = 1;'],
    'src/web/b.ts': ["import { a } from '../d1234/a';", 'export const b = a;'],
    ...extra,
    ...(codeowners ? { '.github/CODEOWNERS': codeowners } : {}),
  } }]);
  return dir;
}

const run = (dir: string) => analyze(dir, { ...DEFAULT_OPTIONS, now: '2025-02-01T00:00:00Z' });
const declared = (report: Awaited<ReturnType<typeof run>>, path: string) => report.modules.find((m) => m.path === path)?.owners?.declared;

describe('hostile CODEOWNERS', () => {
  it('a file of 3 MB or more is not loaded, as GitHub does not load it', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024 + 10, '#'.charCodeAt(0));
    big[big.length - 1] = 0x0a;
    const report = await run(repoWith(big));
    expect(report.warnings.filter((w) => w.code === 'codeowners-ignored')).toEqual([
      { code: 'codeowners-ignored', path: '.github/CODEOWNERS', message: `.github/CODEOWNERS is ${String(big.length)} bytes; GitHub does not load a CODEOWNERS file of 3 MB or more, so no owner is declared` },
    ]);
    expect(declared(report, 'src/d1234/a.ts')).toBeNull();
    expect(report.codeowners?.used).toBe(false);
  }, 60_000);

  it('10,000 rules: the last match still wins', async () => {
    const rules = Array.from({ length: 10_000 }, (_, i) => `/src/d${i}/ @owner${i}`);
    const report = await run(repoWith(Buffer.from(`* @everyone\n${rules.join('\n')}\n`)));
    expect(declared(report, 'src/d1234/a.ts')).toEqual(['@owner1234']);
    expect(declared(report, 'src/web/b.ts')).toEqual(['@everyone']);
    expect(report.codeowners?.rules).toBe(10_001);
  }, 60_000);

  it('patterns that make a backtracking matcher explode are answered at once', () => {
    const stars = compilePattern(`${'*a'.repeat(40)}*b`);
    expect(matchesPath(stars, 'a'.repeat(4000))).toBe(false);
    expect(matchesPath(stars, `${'a'.repeat(4000)}b`)).toBe(true);
    const deep = compilePattern(`${'**/'.repeat(200)}z`);
    expect(matchesPath(deep, `${'d/'.repeat(2000)}y`)).toBe(false);
    expect(matchesPath(deep, `${'d/'.repeat(2000)}z`)).toBe(true);
    // the same shapes through the parser, as one line of a file
    const parsed = parseCodeowners(Buffer.from(`${'*a'.repeat(5000)}*b @x\n`));
    expect(parsed.errors).toEqual([]);
    expect(matchesPath(parsed.rules[0]!.compiled, 'a'.repeat(5000))).toBe(false);
  });

  it('a line that is not UTF-8 is a warning naming it; the other lines still count', async () => {
    const bytes = Buffer.concat([Buffer.from('* @a\n'), Buffer.from([0x2f, 0x73, 0x72, 0x63, 0xff, 0xfe, 0x20, 0x40, 0x62, 0x0a]), Buffer.from('/src/web/ @c\n')]);
    const report = await run(repoWith(bytes));
    expect(report.warnings.filter((w) => w.code.startsWith('codeowners'))).toEqual([
      { code: 'codeowners-line', path: '.github/CODEOWNERS', message: '.github/CODEOWNERS line 2 is not UTF-8 text; blastmap left it out (GitHub documents nothing for such a line)' },
    ]);
    expect(declared(report, 'src/web/b.ts')).toEqual(['@c']);
    expect(declared(report, 'src/d1234/a.ts')).toEqual(['@a']);
  }, 60_000);

  it('owners written as HTML are invalid lines, named; GitHub would ignore the file, and so does blastmap; no markup reaches report.md', async () => {
    const text = '* @a\n/src/ <img src=x onerror=alert(1)>\n/src/web/ ::error::pwned\n';
    const report = await run(repoWith(Buffer.from(text)));
    const messages = report.warnings.filter((w) => w.code.startsWith('codeowners')).map((w) => w.message);
    expect(messages).toEqual([
      '.github/CODEOWNERS has 2 invalid lines (first: line 2); GitHub ignores a CODEOWNERS file with any invalid line and requests no review from code owners, so blastmap declares no owner from it either',
      '.github/CODEOWNERS line 2: `<img` is not an owner (@user, @org/team or an email address)',
      '.github/CODEOWNERS line 3: `::error::pwned` is not an owner (@user, @org/team or an email address)',
    ]);
    expect(declared(report, 'src/web/b.ts')).toBeNull();
    const md = renderMarkdown(report, { top: 15 });
    expect(md).not.toContain('<img');
    expect(md).toContain('GitHub ignores `.github/CODEOWNERS` as it stands');
  }, 60_000);

  it('an owner full of Markdown is shown as text', async () => {
    const report = await run(repoWith(Buffer.from('* x_*y*_[z](http://e.com)@e.com\n')));
    // `[` and `(` make it no email to GitHub: invalid, named; a plain but odd address stays text
    expect(report.codeowners?.used).toBe(false);
    const ok = await run(repoWith(Buffer.from('* x_*y*_@e.com\n')));
    expect(declared(ok, 'src/web/b.ts')).toEqual(['x_*y*_@e.com']);
    const md = renderMarkdown(ok, { top: 15 });
    // in a code span nothing is markup, and escapes would show: the owner reads as written
    expect(md).toContain('`x_*y*_@e.com`');
    expect(md.split('`x_*y*_@e.com`').join('')).not.toContain('*y*_@');
  }, 60_000);

  it('a symbolic link is not followed', async () => {
    const dir = repoWith(null);
    symlinkSync('/etc/passwd', join(dir, 'CODEOWNERS'));
    const report = await run(dir);
    expect(report.warnings.filter((w) => w.code.startsWith('codeowners')).map((w) => w.message)).toEqual([
      'CODEOWNERS is a symbolic link; blastmap does not follow links in the analyzed repository, so no owner is declared',
    ]);
    expect(declared(report, 'src/web/b.ts')).toBeNull();
  }, 60_000);
});

