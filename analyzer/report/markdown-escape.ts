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

/** A table row from already-escaped cells. */
export function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => (c.length === 0 ? ' ' : c)).join(' | ')} |`;
}

export function table(head: readonly string[], rows: readonly string[][]): string[] {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)];
}
