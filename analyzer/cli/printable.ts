/** A name or message on one line: control characters shown as escapes, long text cut. */
export function printable(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}
