/** The empty data element in the built viewer that a report is written into. */
export const REPORT_ELEMENT = '<script id="blastmap-report" type="application/json"></script>';

/**
 * JSON that is safe inside a <script> element: `<`, `>` and `&` are written as \u escapes, so no
 * string in the report can close the element (`</script>`) or open a comment (`<!--`); U+2028
 * and U+2029 are escaped too. JSON.parse reads the escapes back to the same characters.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Writes the report into the viewer page (and its name into the title, for the browser tab). */
export function embedReport(template: string, report: unknown, title: string): string {
  const at = template.indexOf(REPORT_ELEMENT);
  if (at < 0 || template.indexOf(REPORT_ELEMENT, at + 1) >= 0) {
    throw new Error('the viewer bundle does not have exactly one empty report element; rebuild it with `npm run build:viewer`');
  }
  const filled = `<script id="blastmap-report" type="application/json">${jsonForScript(report)}</script>`;
  const page = template.slice(0, at) + filled + template.slice(at + REPORT_ELEMENT.length);
  return page.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtmlText(title)}</title>`);
}
