/**
 * Untrusted text (paths, names, messages) made inert for GitHub-flavoured Markdown (GFM spec
 * 0.29: backslash escapes for ASCII punctuation, entity references for HTML): nothing becomes a
 * tag, link, emphasis or code span, and a `|` cannot split a table cell.
 */
// Only what can start markup mid-line (or close a heading, `#`); brackets are escaped, so
// parentheses and `!` can never complete a link or an image and stay readable.
const PUNCTUATION = /[\\`*_[\]#|~$]/g;

export function md(value: string | number): string {
  return String(value)
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(PUNCTUATION, (c) => `\\${c}`);
}

/**
 * Untrusted text as inline code, read exactly as written: inside a code span nothing is markup
 * (backslashes and entities stay literal, so md() there would show its escapes: `\_\_tests\_\_`).
 * The fence is longer than any backtick run in the text, so the text cannot close it; a space pads
 * it only where CommonMark needs one (a backtick at either end, or spaces at both).
 */
export function code(value: string): string {
  const flat = value.replace(/[\r\n\t\u2028\u2029]+/g, ' ');
  // A code span would show `<b>` as text, but report.md is also read raw, pasted and converted by
  // tools that are not CommonMark: a tag from the repository never appears in it as a tag. An HTML
  // <code> element holds escaped text instead, which GFM decodes (md() escapes the rest).
  if (/[<>&]/.test(flat)) return `<code>${md(flat)}</code>`;
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** code() for a table cell: GFM splits cells at `|` even inside a code span, unless it is written `\|`. */
export function codeCell(value: string): string {
  const span = code(value);
  // the <code> form holds md() text, whose `|` is escaped already
  return span.startsWith('<code>') ? span : span.replace(/\|/g, '\\|');
}

/** A table row from already-escaped cells. */
export function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => (c.length === 0 ? ' ' : c)).join(' | ')} |`;
}

export function table(head: readonly string[], rows: readonly string[][]): string[] {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)];
}
