import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ConfigLocator } from './governing-config.js';
import { workspaceLinkedHost } from './workspace-host.js';
import { findWorkspaceLinks } from './workspaces.js';

export interface OracleResult {
  /** "source\0target", repo-relative POSIX paths */
  edges: Set<string>;
  /** specifiers TypeScript could not resolve to any file */
  unresolved: number;
  /** first specifier seen for each edge, for disagreement reports */
  specifiers: Map<string, string>;
  /** "source\0specifier" for every specifier that resolved nowhere or outside modulePaths */
  misses: Map<string, 'unresolved' | 'outside'>;
  /** which config governed each module (null: fallback options) */
  configOf: Map<string, string | null>;
  /** workspace package name → repo-relative directory, as linked at the repository root */
  workspacePackages: Map<string, string>;
}

export interface OracleOptions {
  /** pretend workspace packages are linked into <repo>/node_modules (default true) */
  linkWorkspaces?: boolean;
}

const DECLARATION = /\.d\.([mc]?)ts$/;

/** Import edges between modulePaths as TypeScript's own resolver sees them. */
export function oracleEdges(repoDir: string, modulePaths: string[], opts: OracleOptions = {}): OracleResult {
  const root = realpathSync(path.resolve(repoDir));
  const known = new Set(modulePaths);
  const locator = new ConfigLocator(root);
  const links = opts.linkWorkspaces === false ? new Map() : findWorkspaceLinks(root);
  const host = workspaceLinkedHost(root, links);
  const caches = new Map<ts.CompilerOptions, ts.ModuleResolutionCache>();
  const rootLinks: Map<string, string> = links.get(path.join(root, 'node_modules')) ?? new Map();
  const workspacePackages = new Map([...rootLinks].map(([name, dir]) => [name, path.relative(root, dir).split(path.sep).join('/')]));
  const result: OracleResult = { edges: new Set(), unresolved: 0, specifiers: new Map(), misses: new Map(), configOf: new Map(), workspacePackages };

  for (const source of modulePaths) {
    const absFile = path.join(root, source);
    let text: string;
    try {
      text = readFileSync(absFile, 'utf8');
    } catch {
      continue;
    }
    const config = locator.locate(absFile);
    result.configOf.set(source, config.configPath && path.relative(root, config.configPath));
    let cache = caches.get(config.options);
    if (!cache) {
      cache = ts.createModuleResolutionCache(root, (s) => s, config.options);
      caches.set(config.options, cache);
    }
    const fileFormat = ts.getImpliedNodeFormatForFile(absFile, cache.getPackageJsonInfoCache(), host, config.options);
    for (const ref of ts.preProcessFile(text, true, true).importedFiles) {
      const mode = ref.resolutionMode ?? usageMode(text, ref.pos) ?? fileFormat;
      const resolved = ts.resolveModuleName(ref.fileName, absFile, config.options, host, cache, undefined, mode).resolvedModule;
      if (!resolved) {
        result.unresolved++;
        result.misses.set(`${source}\0${ref.fileName}`, 'unresolved');
        continue;
      }
      let target = toModulePath(root, host, resolved.resolvedFileName, known);
      if (target === null && DECLARATION.test(resolved.resolvedFileName)) {
        const implementation = resolveImplementation(ref.fileName, absFile, config.options, host, mode);
        target = implementation ? toModulePath(root, host, implementation, known) : null;
      }
      if (target === null) {
        result.misses.set(`${source}\0${ref.fileName}`, 'outside');
        continue;
      }
      if (target === source) continue;
      const key = `${source}\0${target}`;
      result.edges.add(key);
      if (!result.specifiers.has(key)) result.specifiers.set(key, ref.fileName);
    }
  }
  return result;
}

/**
 * Declaration files are not modules: ask TypeScript for the implementation file instead, with the
 * resolver setting its go-to-source-definition uses (`noDtsResolution`, internal but stable since 4.7).
 */
function resolveImplementation(spec: string, absFile: string, options: ts.CompilerOptions, host: ts.ModuleResolutionHost, mode: ts.ResolutionMode): string | undefined {
  const implementationOptions: ts.CompilerOptions = { ...options, noDtsResolution: true, allowJs: true };
  const resolved = ts.resolveModuleName(spec, absFile, implementationOptions, host, undefined, undefined, mode).resolvedModule;
  return resolved && !DECLARATION.test(resolved.resolvedFileName) ? resolved.resolvedFileName : undefined;
}

/** require() and import() pick their own resolution mode whatever the file's format. */
function usageMode(text: string, pos: number): ts.ResolutionMode | undefined {
  const before = text.slice(Math.max(0, pos - 40), pos);
  // pos points at the opening quote
  if (/\brequire\s*\(\s*$/.test(before)) return ts.ModuleKind.CommonJS;
  if (/\bimport\s*\(\s*$/.test(before)) return ts.ModuleKind.ESNext;
  return undefined;
}

function toModulePath(root: string, host: ts.ModuleResolutionHost, resolvedFile: string, known: Set<string>): string | null {
  const real = host.realpath ? host.realpath(resolvedFile) : resolvedFile;
  const rel = path.relative(root, real).split(path.sep).join('/');
  return known.has(rel) ? rel : null;
}
