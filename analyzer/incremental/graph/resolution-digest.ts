import { pnpmGlobs } from '../../graph/resolve/workspaces.js';
import { digestOf } from '../keys.js';

/**
 * The package.json fields that TypeScript's resolver or tsconfig loader, or blastmap's workspace
 * mapping, read (`tsconfig`: where `extends: "<package>"` finds the config). TypeScript also reads
 * `version` and `peerDependencies`, only for the package id blastmap does not use.
 */
const MANIFEST_FIELDS = ['name', 'type', 'main', 'module', 'types', 'typings', 'typesVersions', 'exports', 'imports', 'tsconfig', 'source', 'workspaces'];
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
const LOCAL_SPEC = /^(?:file|link):/;

const sha1 = (text: string): string => digestOf([text]);

/**
 * A digest of what resolution reads in a file: for a package.json, the fields above and its
 * `file:`/`link:` dependencies (so a version bump or a new script keeps the resolution memo);
 * for pnpm-workspace.yaml, its package globs; anything else (and a package.json that is not
 * plain JSON), the whole text.
 */
export function resolutionDigest(path: string, text: string): string {
  if (path.endsWith('/pnpm-workspace.yaml')) return sha1(JSON.stringify(pnpmGlobs(text)));
  if (!path.endsWith('/package.json')) return sha1(text);
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    return sha1(text);
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) return sha1(text);
  const record = manifest as Record<string, unknown>;
  // a field is kept with its name when present, even as null: TypeScript tells `"exports": null` from no `exports`
  const kept: unknown[] = MANIFEST_FIELDS.filter((field) => Object.hasOwn(record, field)).map((field) => [field, record[field]]);
  for (const field of DEPENDENCY_FIELDS) {
    const deps = record[field];
    if (deps && typeof deps === 'object')
      kept.push(Object.entries(deps as Record<string, unknown>).filter(([, spec]) => typeof spec === 'string' && LOCAL_SPEC.test(spec)));
  }
  return `manifest:${sha1(JSON.stringify(kept))}`;
}
