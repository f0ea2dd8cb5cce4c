import { posix } from 'node:path';
import picomatch from 'picomatch';
import type { WarningSink } from '../../core/warnings.js';

export interface WorkspacePackage {
  name: string;
  /** repo-relative directory ('' for the root) */
  dir: string;
  manifest: PackageManifest;
  declared: boolean;
}

export interface PackageManifest {
  name?: unknown;
  main?: unknown;
  module?: unknown;
  types?: unknown;
  typings?: unknown;
  source?: unknown;
  exports?: unknown;
  workspaces?: unknown;
  dependencies?: unknown;
  devDependencies?: unknown;
  optionalDependencies?: unknown;
  peerDependencies?: unknown;
}

/**
 * `file:` and `link:` dependencies per package folder: npm installs them into that package's own
 * node_modules, so an import of that name from inside the package means that folder, even where
 * another package of the repo has the same name.
 */
function localLinks(packages: Iterable<{ dir: string; manifest: PackageManifest }>): Map<string, Map<string, string>> {
  const links = new Map<string, Map<string, string>>();
  for (const { dir, manifest } of packages) {
    for (const field of [manifest.dependencies, manifest.devDependencies, manifest.optionalDependencies, manifest.peerDependencies]) {
      if (!field || typeof field !== 'object') continue;
      for (const [name, spec] of Object.entries(field as Record<string, unknown>)) {
        const local = typeof spec === 'string' ? /^(?:file|link):(.+)$/.exec(spec)?.[1] : undefined;
        if (local === undefined) continue;
        const target = posix.normalize(posix.join(dir, local));
        if (target.startsWith('..')) continue;
        if (!links.has(dir)) links.set(dir, new Map());
        links.get(dir)?.set(name, target === '.' ? '' : target);
      }
    }
  }
  return links;
}

/**
 * Packages of the repo by name, so that `import '@org/pkg'` resolves to the package's source even
 * when node_modules is absent. Workspace globs come from package.json (npm, yarn), pnpm-workspace.yaml
 * and lerna.json; every other named package.json is known too, but loses to a declared one.
 */
export function findWorkspacePackages(
  manifestPaths: string[],
  read: (path: string) => string | undefined,
  warnings: WarningSink,
): { packages: Map<string, WorkspacePackage>; links: Map<string, Map<string, string>> } {
  const manifests = new Map<string, PackageManifest>();
  for (const path of manifestPaths) {
    const text = read(path);
    if (text === undefined) continue;
    try {
      manifests.set(posix.dirname(path) === '.' ? '' : posix.dirname(path), JSON.parse(text) as PackageManifest);
    } catch {
      warnings.add('workspace-error', 'package.json is not valid JSON; its package name is unknown', path);
    }
  }
  const globs = workspaceGlobs(manifests.get(''), read);
  const isDeclared = globs.length > 0 ? picomatch(globs.map((g) => g.replace(/\/+$/, ''))) : () => false;
  const packages = new Map<string, WorkspacePackage>();
  for (const [dir, manifest] of [...manifests].sort(([a], [b]) => a.length - b.length || (a < b ? -1 : 1))) {
    if (typeof manifest.name !== 'string' || manifest.name.length === 0) continue;
    const declared = dir !== '' && isDeclared(dir);
    const existing = packages.get(manifest.name);
    if (!existing || (declared && !existing.declared)) packages.set(manifest.name, { name: manifest.name, dir, manifest, declared });
  }
  return { packages, links: localLinks([...manifests].map(([dir, manifest]) => ({ dir, manifest }))) };
}

function workspaceGlobs(root: PackageManifest | undefined, read: (path: string) => string | undefined): string[] {
  const globs: string[] = [];
  const ws = root?.workspaces;
  if (Array.isArray(ws)) globs.push(...ws.filter((g): g is string => typeof g === 'string'));
  else if (ws && typeof ws === 'object' && Array.isArray((ws as { packages?: unknown }).packages))
    globs.push(...((ws as { packages: unknown[] }).packages.filter((g): g is string => typeof g === 'string')));
  globs.push(...pnpmGlobs(read('pnpm-workspace.yaml')));
  const lerna = read('lerna.json');
  if (lerna) {
    try {
      const parsed = JSON.parse(lerna) as { packages?: unknown };
      if (Array.isArray(parsed.packages)) globs.push(...parsed.packages.filter((g): g is string => typeof g === 'string'));
    } catch {
      // a broken lerna.json declares nothing
    }
  }
  return globs.filter((g) => !g.startsWith('!'));
}

/** The `packages:` list of pnpm-workspace.yaml (block or flow style), without a YAML library. */
export function pnpmGlobs(text: string | undefined): string[] {
  if (!text) return [];
  const globs: string[] = [];
  let inPackages = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '');
    if (/^packages\s*:/.test(line)) {
      const flow = /\[(.*)\]/.exec(line);
      if (flow?.[1] !== undefined) return flow[1].split(',').map(unquote).filter(Boolean);
      inPackages = true;
      continue;
    }
    if (!inPackages) continue;
    const item = /^\s+-\s*(.+)$/.exec(line);
    if (item?.[1] !== undefined) globs.push(unquote(item[1]));
    else if (/^\S/.test(line)) inPackages = false;
  }
  return globs.filter(Boolean);
}

function unquote(value: string): string {
  return value.trim().replace(/^['"]|['"]$/g, '');
}
