import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';

/** node_modules directory → package name → package directory it would link to once installed */
export type WorkspaceLinks = Map<string, Map<string, string>>;

interface Manifest {
  name?: unknown;
  workspaces?: string[] | { packages?: string[] };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/**
 * What npm/pnpm would link for the workspace: each member's declared `workspace:`/`file:`/`link:`
 * dependencies (and names of other members) in its own node_modules, and every member's name in
 * the root node_modules, the way npm hoists workspaces.
 */
export function findWorkspaceLinks(repoDir: string): WorkspaceLinks {
  const links: WorkspaceLinks = new Map();
  const rootManifest = readManifest(path.join(repoDir, 'package.json'));
  const patterns = workspacePatterns(repoDir, rootManifest);
  if (patterns.length === 0) return links;
  const include = picomatch(patterns.filter((p) => !p.startsWith('!')).map(trimSlash));
  const exclude = picomatch(patterns.filter((p) => p.startsWith('!')).map((p) => trimSlash(p.slice(1))));

  const members = new Map<string, Manifest>();
  const byName = new Map<string, string>();
  for (const dir of packageDirs(repoDir)) {
    const rel = path.relative(repoDir, dir).split(path.sep).join('/');
    if (rel === '' || !include(rel) || exclude(rel)) continue;
    const manifest = readManifest(path.join(dir, 'package.json'));
    if (!manifest) continue;
    members.set(dir, manifest);
    // pnpm refuses duplicate names; keep the first in sorted order so the result is stable
    if (typeof manifest.name === 'string' && manifest.name && !byName.has(manifest.name)) byName.set(manifest.name, dir);
  }

  const rootLinks = new Map(byName);
  links.set(path.join(repoDir, 'node_modules'), rootLinks);
  for (const [dir, manifest] of [[repoDir, rootManifest ?? {}] as const, ...members]) {
    const own = dir === repoDir ? rootLinks : new Map<string, string>();
    for (const [name, spec] of declaredDependencies(manifest)) {
      const target = linkTarget(dir, name, spec, byName);
      if (target !== null) own.set(name, target);
    }
    if (own.size > 0) links.set(path.join(dir, 'node_modules'), own);
  }
  return links;
}

function linkTarget(dir: string, name: string, spec: string, byName: Map<string, string>): string | null {
  const local = /^(file|link):(.+)$/.exec(spec);
  if (local) {
    const target = path.resolve(dir, local[2]!);
    return existsSync(path.join(target, 'package.json')) ? target : null;
  }
  const alias = /^workspace:(.+)@/.exec(spec);
  return byName.get(alias ? alias[1]! : name) ?? null;
}

function declaredDependencies(m: Manifest): [string, string][] {
  return [m.peerDependencies, m.optionalDependencies, m.devDependencies, m.dependencies].flatMap((deps) =>
    Object.entries(deps ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

function trimSlash(pattern: string): string {
  return pattern.replace(/^\.\//, '').replace(/\/+$/, '');
}

function workspacePatterns(repoDir: string, root: Manifest | null): string[] {
  const ws = Array.isArray(root?.workspaces) ? root.workspaces : root?.workspaces?.packages;
  const patterns = [...(ws ?? [])];
  const pnpmPath = path.join(repoDir, 'pnpm-workspace.yaml');
  if (existsSync(pnpmPath)) patterns.push(...pnpmPackagesList(readFileSync(pnpmPath, 'utf8')));
  return patterns;
}

/** Reads the `packages:` list of pnpm-workspace.yaml; the rest of the file is irrelevant here. */
export function pnpmPackagesList(yaml: string): string[] {
  const out: string[] = [];
  let inPackages = false;
  for (const line of yaml.split(/\r?\n/)) {
    if (/^packages\s*:/.test(line)) {
      inPackages = true;
      continue;
    }
    if (!inPackages) continue;
    const item = /^\s+-\s*(['"]?)(.+?)\1\s*(#.*)?$/.exec(line);
    if (item?.[2]) out.push(item[2]);
    else if (/^\S/.test(line)) inPackages = false;
  }
  return out;
}

function* packageDirs(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  if (entries.some((e) => e.isFile() && e.name === 'package.json')) yield dir;
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name === '.git') continue;
    yield* packageDirs(path.join(dir, entry.name));
  }
}

function readManifest(pkgPath: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(pkgPath, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}
