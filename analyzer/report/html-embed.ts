/** The empty data element in the built viewer that a report is written into. */
export const REPORT_ELEMENT = '<script id="blastmap-report" type="application/json"></script>';

/**
 * JSON text made safe inside a <script> element, in one pass: `<`, `>` and `&` are written as \u
 * escapes, so no string in the report can close the element (`</script>`) or open a comment
 * (`<!--`); U+2028 and U+2029 are escaped too. JSON.parse reads the escapes back to the same
 * characters.
 */
export function scriptSafeJson(json: string): string {
  return json.replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The viewer page around its report element, with the report's name in the title for the browser tab. */
export function pageAround(template: string, title: string): { before: string; after: string } {
  const at = template.indexOf(REPORT_ELEMENT);
  if (at < 0 || template.indexOf(REPORT_ELEMENT, at + 1) >= 0) {
    throw new Error('the viewer bundle does not have exactly one empty report element; rebuild it with `npm run build:viewer`');
  }
  const head = template.slice(0, at).replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtmlText(title)}</title>`);
  return {
    before: `${head}<script id="blastmap-report" type="application/json">`,
    after: `</script>${template.slice(at + REPORT_ELEMENT.length)}`,
  };
}

/** Writes the report (its JSON text) into the viewer page. */
export function embedReport(template: string, reportJson: string, title: string): string {
  const { before, after } = pageAround(template, title);
  return before + scriptSafeJson(reportJson) + after;
}
