import { builtinModules } from 'node:module';

const BUILTINS = new Set(builtinModules);
const PACKAGE_NAME = /^(@[a-z0-9][\w.~-]*\/)?[a-z0-9~][\w.~-]*$/i;

export function isRelativeOrAbsolute(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..' || specifier.startsWith('/');
}

/**
 * `node:fs` / `fs` / `fs/promises` → `node:fs`; Bun's own modules (`bun:test`, `bun:sqlite`), which
 * its runtime provides as Node provides `node:` ones, → themselves; else null.
 */
export function builtinName(specifier: string): string | null {
  if (/^bun:[a-z]/.test(specifier)) return specifier.split('/')[0] as string;
  const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  const head = bare.split('/')[0] ?? bare;
  if (specifier.startsWith('node:') || BUILTINS.has(bare) || BUILTINS.has(head)) return `node:${head}`;
  return null;
}

/** `@scope/pkg/sub` → { name: '@scope/pkg', subpath: 'sub' }; null for what can't be a package. */
export function splitPackageSpecifier(specifier: string): { name: string; subpath: string } | null {
  const parts = specifier.split('/');
  const count = specifier.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, count).join('/');
  if (!PACKAGE_NAME.test(name)) return null;
  return { name, subpath: parts.slice(count).join('/') };
}
