import { scriptSafeJson } from './html-embed.js';
import type { Report } from './schema/index.js';

/** The bytes come in pieces of about this size: no 50 MB string is ever built. */
const CHUNK_BYTES = 1 << 20;
/** Text is gathered up to about this many characters before it is encoded. */
const BATCH_CHARS = 1 << 16;

/** One character that needs an escape (html-embed.ts): most elements have none. */
const NEEDS_ESCAPE = /[<>&\u2028\u2029]/;

/**
 * report.json's bytes, in pieces: one top-level field per line, and one element per line in the
 * long lists (modules, edges, areas…), each element compact. A committed report then diffs
 * module by module, while the file stays near the size of compact JSON (fully indented JSON is
 * half as large again and slower to write). `<`, `>`, `&`, U+2028 and U+2029 are written as \u
 * escapes (JSON reads them back as the same characters), so the very same bytes go into
 * report.html. Each piece of text is encoded straight into the current buffer; `onPiece` gets each
 * buffer as it is finished.
 */
export function reportJsonChunks(report: Report, onPiece?: (piece: Buffer) => void): Buffer[] {
  const chunks: Buffer[] = [];
  // a finished piece is never written to again: a caller may write it out at once
  const done = (piece: Buffer): void => {
    chunks.push(piece);
    onPiece?.(piece);
  };
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  const encode = (json: string): void => {
    const text = NEEDS_ESCAPE.test(json) ? scriptSafeJson(json) : json;
    // UTF-8 takes at most three bytes per UTF-16 code unit; the exact count only when that is too many
    if (used + text.length * 3 > buffer.length) {
      const bytes = Buffer.byteLength(text);
      if (used + bytes > buffer.length) {
        done(buffer.subarray(0, used));
        buffer = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, bytes));
        used = 0;
      }
    }
    used += buffer.write(text, used);
  };
  // small pieces are joined first: one encode per few kilobytes instead of one per list element.
  // What is joined fits the current piece by the three-bytes-per-unit bound, so a piece ends within
  // about a line of full (sooner where `<`, `>` or `&` are escaped, which lengthens the text).
  let pending = '';
  const put = (json: string): void => {
    if (pending.length > 0 && used + (pending.length + json.length) * 3 > buffer.length) {
      encode(pending);
      pending = '';
    }
    pending += json;
    if (pending.length >= BATCH_CHARS) {
      encode(pending);
      pending = '';
    }
  };
  put('{\n');
  Object.entries(report).forEach(([key, value], i) => {
    put(`${i > 0 ? ',\n' : ''}${JSON.stringify(key)}: `);
    if (!Array.isArray(value) || value.length === 0) put(JSON.stringify(value));
    else {
      put('[\n');
      value.forEach((item, j) => {
        if (j > 0) put(',\n');
        put(JSON.stringify(item));
      });
      put('\n]');
    }
  });
  put('\n}\n');
  encode(pending);
  done(buffer.subarray(0, used));
  return chunks;
}

/** The same bytes as one string. */
export function reportJson(report: Report): string {
  return Buffer.concat(reportJsonChunks(report)).toString('utf8');
}
