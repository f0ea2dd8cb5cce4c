import { scriptSafeJson } from './html-embed.js';
import type { Report } from './schema/index.js';

/**
 * report.json's text: one top-level field per line, and one element per line in the long lists
 * (modules, edges, areas…), each element compact. A committed report then diffs module by
 * module, while the file stays near the size of compact JSON (fully indented JSON is half as
 * large again and slower to write). `<`, `>`, `&`, U+2028 and U+2029 are written as \u escapes
 * (JSON reads them back as the same characters), so the very same bytes go into report.html.
 */
export function reportJson(report: Report): string {
  const fields = Object.entries(report).map(([key, value]) => `${JSON.stringify(key)}: ${fieldJson(value)}`);
  return scriptSafeJson(`{\n${fields.join(',\n')}\n}\n`);
}

function fieldJson(value: unknown): string {
  if (!Array.isArray(value) || value.length === 0) return JSON.stringify(value);
  return `[\n${value.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
}
