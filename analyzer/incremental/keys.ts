import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AnalyzeOptions } from '../core/options.js';
import { componentCompilerOf } from './graph/compiler-versions.js';

/**
 * The one key scheme of analyzer/incremental: every key and every digest is a SHA-1 of its parts,
 * each part followed by a NUL, so `['ab', 'c']` and `['a', 'bc']` never share a key. SHA-1 is
 * for telling inputs apart, not for resisting an attacker: the cache folder is the user's own,
 * and what is read back is checked for its shape.
 */
export function digestOf(parts: readonly (string | Uint8Array)[], encoding: 'base64url' | 'hex' = 'base64url'): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest(encoding);
}

/**
 * The compiler's identity: ts-morph's version and that of the package that bundles the compiler
 * it runs (`@ts-morph/common`, which a reinstall can move under the same ts-morph), read from their
 * package.json files rather than from the loaded compiler, so a run whose parses and lookups are
 * all remembered never loads it. It is part of every key whose value the compiler computed.
 */
export const COMPILER_VERSION = (() => {
  const versionOf = (manifestPath: string): string => (JSON.parse(readFileSync(manifestPath, 'utf8')) as { version?: string }).version ?? 'unknown';
  const tsMorph = createRequire(import.meta.url).resolve('ts-morph');
  const common = createRequire(tsMorph).resolve('@ts-morph/common');
  return `ts-morph@${versionOf(join(dirname(tsMorph), '..', 'package.json'))}+common@${versionOf(join(dirname(common), '..', 'package.json'))}`;
})();

/** One folder per analyzed directory (its real path): the same clone elsewhere is another entry. Hex: folder names may meet a case-insensitive disk. */
export const repoKey = (realRoot: string): string => digestOf([realRoot], 'hex').slice(0, 24);

/**
 * The options that change what the history stage accumulates. A different `--since` window is a
 * different entry; "now" and activityDays are applied at finalize, so they are not part of it.
 */
export function historyOptionsKey({ since, aiMarkers, botPatterns, coupling }: AnalyzeOptions): string {
  return digestOf([JSON.stringify({ since, aiMarkers, botPatterns, coupling })], 'hex').slice(0, 16);
}

/** A parse depends on the file's name (its extension picks the grammar), its text and the compiler (and a component's, on its framework's). */
export const parseKey = (path: string, text: string): string => {
  const component = componentCompilerOf(path);
  return digestOf(component === null ? [COMPILER_VERSION, path, text] : [COMPILER_VERSION, component, path, text]);
};

/**
 * A file's reading is kept per size cap (another cap is another reading), per path, per compiler
 * (the parse key it holds names one), and apart when read without the generated checks
 * (`linguist-generated=false`), so changing the attribute never brings back the other reading.
 */
export const readingKey = (maxBytes: number, path: string, generatedChecks = true): string =>
  `${COMPILER_VERSION}\0${maxBytes}\0${path}${generatedChecks ? '' : '\0linguist-generated=false'}`;

/**
 * Import resolution depends on the compiler, the analyzed folder and the in-repo symlink aliases
 * (the disk and tree are checked apart). `components` names the scheme in which an import of a
 * `.vue`, `.svelte` or `.astro` file resolves to the component (before, to an asset).
 */
export function resolutionKey(root: string, aliases: Map<string, string>): string {
  return digestOf([COMPILER_VERSION, 'components', root, ...[...aliases].flat()]);
}
