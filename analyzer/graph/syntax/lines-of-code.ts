/** Lines holding code: not blank and not only comment, given the file's comment ranges. */
export function countCodeLines(text: string, comments: ReadonlyArray<readonly [number, number]>): number {
  const inComment = new Uint8Array(text.length);
  for (const [start, end] of comments) inComment.fill(1, start, end);
  let loc = 0;
  let lineHasCode = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (lineHasCode) loc += 1;
      lineHasCode = false;
    } else if (!lineHasCode && inComment[i] === 0 && !isWhitespace(code)) {
      lineHasCode = true;
    }
  }
  return lineHasCode ? loc + 1 : loc;
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 11 || code === 12 || code === 0xfeff || code === 0xa0;
}
