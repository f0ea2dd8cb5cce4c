import { posix } from 'node:path';
import { SOURCE_EXTENSIONS } from '../source-extensions.js';
import type { WorkspacePackage } from './workspaces.js';

const BUILD_DIRS = /^(dist|lib|build|out|esm|cjs|es|mjs|types|dts|umd)(\/|$)/;
const OUTPUT_EXTENSION = /\.(d\.ts|d\.mts|d\.cts|ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/**
 * The source file a workspace package's entry point was built from. Manifests point at build
 * output (dist/index.js) that a fresh clone does not have; the source usually sits at the same
 * path under src/ (or at the package root) with a source extension.
 */
export function workspaceSourceEntry(
  pkg: WorkspacePackage,
  subpath: string,
  isModule: (relativePath: string) => boolean,
): string | null {
  const base = pkg.dir;
  for (const candidate of entryCandidates(pkg, subpath)) {
    const found = withSourceExtension(base === '' ? candidate : `${base}/${candidate}`, isModule);
    if (found) return found;
  }
  return null;
}

function entryCandidates(pkg: WorkspacePackage, subpath: string): string[] {
  const written: string[] = [];
  const manifest = pkg.manifest;
  if (subpath === '') {
    for (const field of [manifest.source, exportTarget(manifest.exports, '.'), manifest.types, manifest.typings, manifest.module, manifest.main])
      if (typeof field === 'string') written.push(field);
    written.push('index');
  } else {
    const mapped = exportTarget(manifest.exports, `./${subpath}`);
    if (mapped) written.push(mapped);
    written.push(subpath);
  }
  const candidates: string[] = [];
  for (const entry of written) {
    const clean = posix.normalize(entry).replace(/^\.\//, '').replace(/\/$/, '');
    if (clean.startsWith('..')) continue;
    const stripped = clean.replace(BUILD_DIRS, '');
    candidates.push(clean, `src/${stripped}`, stripped);
  }
  candidates.push('src/index');
  return [...new Set(candidates.filter((c) => c !== '' && c !== '.'))];
}

/** The first string target of an `exports` entry, whatever the conditions. */
function exportTarget(exports: unknown, key: string): string | null {
  if (typeof exports === 'string') return key === '.' ? exports : null;
  if (!exports || typeof exports !== 'object' || Array.isArray(exports)) return null;
  const record = exports as Record<string, unknown>;
  const hasSubpaths = Object.keys(record).some((k) => k.startsWith('.'));
  return firstString(hasSubpaths ? record[key] : key === '.' ? record : undefined);
}

function firstString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) for (const item of value) return firstString(item);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const condition of ['source', 'development', 'import', 'types', 'default', 'require', 'node'])
      if (condition in record) {
        const found = firstString(record[condition]);
        if (found) return found;
      }
    for (const nested of Object.values(record)) {
      const found = firstString(nested);
      if (found) return found;
    }
  }
  return null;
}

function withSourceExtension(path: string, isModule: (relativePath: string) => boolean): string | null {
  const stem = path.replace(OUTPUT_EXTENSION, '');
  for (const prefix of [stem, `${stem}/index`]) for (const ext of SOURCE_EXTENSIONS) if (isModule(prefix + ext)) return prefix + ext;
  return isModule(path) ? path : null;
}
