import { scriptSafeJson } from './html-embed.js';
import type { Report } from './schema/index.js';

/** Text is encoded in pieces of about this many characters: no 50 MB string is ever built. */
const CHUNK_CHARS = 1 << 20;

/**
 * report.json's bytes, in pieces: one top-level field per line, and one element per line in the
 * long lists (modules, edges, areas…), each element compact. A committed report then diffs
 * module by module, while the file stays near the size of compact JSON (fully indented JSON is
 * half as large again and slower to write). `<`, `>`, `&`, U+2028 and U+2029 are written as \u
 * escapes (JSON reads them back as the same characters), so the very same bytes go into
 * report.html.
 */
export function reportJsonChunks(report: Report): Buffer[] {
  const chunks: Buffer[] = [];
  let pending: string[] = [];
  let size = 0;
  const put = (text: string): void => {
    pending.push(text);
    size += text.length;
    if (size >= CHUNK_CHARS) flush();
  };
  const flush = (): void => {
    if (pending.length > 0) chunks.push(Buffer.from(scriptSafeJson(pending.join(''))));
    pending = [];
    size = 0;
  };
  put('{\n');
  Object.entries(report).forEach(([key, value], i) => {
    put(`${i > 0 ? ',\n' : ''}${JSON.stringify(key)}: `);
    if (!Array.isArray(value) || value.length === 0) put(JSON.stringify(value));
    else {
      put('[\n');
      value.forEach((item, j) => put(`${j > 0 ? ',\n' : ''}${JSON.stringify(item)}`));
      put('\n]');
    }
  });
  put('\n}\n');
  flush();
  return chunks;
}

/** The same bytes as one string. */
export function reportJson(report: Report): string {
  return Buffer.concat(reportJsonChunks(report)).toString('utf8');
}
