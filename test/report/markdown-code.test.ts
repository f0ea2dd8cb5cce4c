/**
 * code() and codeCell() against an independent CommonMark + GFM-tables parser (markdown-it): the
 * text inside the rendered <code> is the text given, character for character, in prose and in a
 * table cell, whatever it holds (backtick runs, `|`, HTML, entities, backslashes, Markdown).
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { code, codeCell } from '../../analyzer/report/markdown-escape.js';

const parser = new MarkdownIt({ html: true });
const html = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const HOSTILE = [
  'src/app/[id]/page.tsx', '__tests__/unit/a.test.ts', 'src/_app.tsx', 'a|b.ts', '`tick`.ts', 'a``b', '```', 'a\\', '\\_x', '<script>alert(1)</script>',
  '&amp; &lt;', '*em* _em_ ~~s~~ $x$', ' leading and trailing ', '`', 'x_*y*_@e.com', '[z](http://e.com)', '# not a heading', 'a ` b ``` c',
];

function randomText(seed: number): string {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31);
  const alphabet = 'ab/._-`|\\*_[]()<>&#~$! ';
  let text = '';
  const length = 1 + (next() % 12);
  for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
  return text;
}

describe('code spans of untrusted text', () => {
  it('render as the text itself in prose', () => {
    for (const text of [...HOSTILE, ...Array.from({ length: 2000 }, (_, i) => randomText(i + 1))]) {
      if (text.trim() === '') continue;
      expect(parser.renderInline(`x ${code(text)} y`), text).toBe(`x <code>${html(text)}</code> y`);
    }
  });

  it('render as the text itself in a table cell, one cell, however many pipes it holds', () => {
    for (const text of [...HOSTILE, ...Array.from({ length: 2000 }, (_, i) => randomText(i + 7919))]) {
      if (text.trim() === '') continue;
      const out = parser.render(`| a | b |\n| --- | --- |\n| ${codeCell(text)} | z |\n`);
      expect(out, text).toContain(`<td><code>${html(text)}</code></td>\n<td>z</td>`);
    }
  });

  it('pads only where CommonMark needs it', () => {
    expect(code('src/app/[id]/page.tsx')).toBe('`src/app/[id]/page.tsx`');
    expect(code('`tick`.ts')).toBe('`` `tick`.ts ``');
    expect(code('a\nb')).toBe('`a b`');
  });
});
