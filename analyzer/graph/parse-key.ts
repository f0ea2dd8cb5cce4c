import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The parser's version, read from ts-morph's package.json rather than from the loaded compiler,
 * so a run whose parses all come from the cache never loads the compiler at all.
 */
const PARSER_VERSION = (() => {
  const main = createRequire(import.meta.url).resolve('ts-morph');
  const manifest = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version?: string };
  return `ts-morph@${manifest.version ?? 'unknown'}`;
})();

/** A parse depends on the file's name (its extension picks the grammar), its text and the parser. */
export function parseKey(path: string, text: string): string {
  return createHash('sha1').update(`${PARSER_VERSION}\0${path}\0`).update(text).digest('base64url');
}
