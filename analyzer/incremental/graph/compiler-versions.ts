import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { componentExtension } from '../../graph/source-extensions.js';

const PACKAGES = { '.vue': '@vue/compiler-sfc', '.svelte': 'svelte', '.astro': '@astrojs/compiler' } as const;
const known = new Map<string, string>();

/**
 * The identity of the compiler that reads a component (`@vue/compiler-sfc@3.5.46`), read from its
 * package.json without loading it, or null for a TS/JS file: part of a remembered parse's key, so
 * another release of a framework's compiler parses its components afresh.
 */
export function componentCompilerOf(path: string): string | null {
  const extension = componentExtension(path);
  if (extension === null) return null;
  const name = PACKAGES[extension];
  let identity = known.get(name);
  if (identity === undefined) {
    let version = 'unknown';
    try {
      const manifest = createRequire(import.meta.url).resolve(`${name}/package.json`);
      version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? 'unknown';
    } catch {
      // not installed: the parse says so, and is keyed as such
    }
    known.set(name, (identity = `${name}@${version}`));
  }
  return identity;
}
