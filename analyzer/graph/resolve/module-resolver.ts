import { posix } from 'node:path';
import type { ts as TS } from 'ts-morph';
import { ts } from '../syntax/compiler.js';
import type { EdgeKind } from '../model.js';
import type { FileTree } from './file-tree.js';
import { DEFAULT_COMPILER_OPTIONS, type GoverningConfigs } from './governing-config.js';
import { componentOfDeclaration } from './component-declarations.js';
import type { ResolutionHost } from './resolution-host.js';
import { builtinName, isRelativeOrAbsolute, splitPackageSpecifier } from './specifiers.js';
import type { LoadedConfig } from './tsconfig-loader.js';
import { workspaceSourceEntry } from './workspace-source.js';
import type { WorkspacePackage } from './workspaces.js';

export type Resolution =
  | { kind: 'module'; target: string }
  | { kind: 'external'; name: string }
  | { kind: 'asset' }
  | { kind: 'excluded'; target: string }
  | { kind: 'unresolved'; reason: string };

interface ConfigContext {
  options: TS.CompilerOptions;
  /** TypeScript's own per-options store of answers (ts.createModuleResolutionCache) */
  answers: TS.ModuleResolutionCache;
  /** the same options with noDtsResolution: where a declaration's implementation lives */
  implementation: { options: TS.CompilerOptions; answers: TS.ModuleResolutionCache };
}

const DECLARATION = /\.d\.(ts|mts|cts)$/;
// Public at runtime, missing from the typings: the resolution kind tsc derives from the options.
const { getEmitModuleResolutionKind } = ts as unknown as {
  getEmitModuleResolutionKind: (options: TS.CompilerOptions) => TS.ModuleResolutionKind;
};

/**
 * Hears what each lookup relied on in the tracked tree: every result TypeScript's resolver gave
 * (its failed and affecting locations), and every question blastmap's classification asked about
 * a tracked path. Without one, nothing listens.
 */
export interface LookupWatch {
  result<T extends object>(result: T): T;
  asked(relative: string, present: boolean): boolean;
}

const UNWATCHED: LookupWatch = { result: (result) => result, asked: (_relative, present) => present };

/** Resolves one specifier from one module with TypeScript's resolver and the file's own tsconfig. */
export class ModuleResolver {
  private readonly contexts = new Map<LoadedConfig | null, ConfigContext>();
  /** the governing tsconfig per importing file: the same for every import of the file */
  private readonly governing = new Map<string, LoadedConfig | null>();
  constructor(
    private readonly tree: FileTree,
    private readonly host: ResolutionHost,
    private readonly configs: GoverningConfigs,
    private readonly packages: Map<string, WorkspacePackage>,
    private readonly modules: Set<string>,
    private readonly excluded: Set<string>,
    private readonly probes: LookupWatch = UNWATCHED,
  ) {}

  /** Whether this run read the config of that name (as loadConfigs names it). */
  readConfig(name: string): boolean {
    return this.configs.wasRead(name.startsWith('/') ? name : `${this.tree.root}/${name}`);
  }

  /** Tracked paths whose presence the tsconfigs read so far depend on (what `extends` names). */
  configInputs(): string[] {
    return this.configs.inputs();
  }

  /**
   * Loads these modules' tsconfigs (which tsconfig warnings a run gives must not depend on which
   * files import something), and gives, per module, the configs read for it, named as their
   * warnings name them.
   */
  loadConfigs(modules: Iterable<string>): Map<string, string[]> {
    const readFor = new Map<string, string[]>();
    for (const path of modules) {
      const read = new Set<string>();
      const abs = `${this.tree.root}/${path}`;
      // resolve() asks for the same module's config: remember it rather than find it twice
      this.governing.set(abs, this.configs.configFor(abs, read));
      readFor.set(path, [...read].map((config) => (this.tree.owns(config) ? this.tree.relative(config) : config)));
    }
    return readFor;
  }

  resolve(from: string, specifier: string, kind: EdgeKind): Resolution {
    const absFrom = `${this.tree.root}/${from}`;
    let config = this.governing.get(absFrom);
    if (config === undefined) this.governing.set(absFrom, (config = this.configs.configFor(absFrom)));
    const context = this.context(config);
    const mode = this.modeFor(absFrom, kind, context);
    const result = this.probes.result(ts.resolveModuleName(specifier, absFrom, context.options, this.host, context.answers, undefined, mode));
    let resolved = result.resolvedModule?.resolvedFileName;
    if (resolved !== undefined && DECLARATION.test(resolved)) {
      // A declaration is not the module: ask TypeScript where the implementation is, as its
      // go-to-source-definition does (noDtsResolution), e.g. a package's index.mjs behind index.d.ts.
      const { options, answers } = context.implementation;
      const implementation = this.probes.result(ts.resolveModuleName(specifier, absFrom, options, this.host, answers, undefined, mode)).resolvedModule;
      if (implementation && !DECLARATION.test(implementation.resolvedFileName)) resolved = implementation.resolvedFileName;
    }
    if (resolved !== undefined) return this.classifyResolved(resolved, specifier);
    return this.classifyFailure(absFrom, specifier, context.options);
  }

  private isModule(relative: string): boolean {
    return this.probes.asked(relative, this.modules.has(relative));
  }

  private isExcluded(relative: string): boolean {
    return this.probes.asked(relative, this.excluded.has(relative));
  }

  private context(config: LoadedConfig | null): ConfigContext {
    let context = this.contexts.get(config);
    if (!context) {
      const options = config?.options ?? DEFAULT_COMPILER_OPTIONS;
      const implementationOptions = { ...options, noDtsResolution: true };
      context = {
        options,
        answers: ts.createModuleResolutionCache(this.tree.root, (f) => f, options),
        implementation: { options: implementationOptions, answers: ts.createModuleResolutionCache(this.tree.root, (f) => f, implementationOptions) },
      };
      this.contexts.set(config, context);
    }
    return context;
  }

  private modeFor(absFrom: string, kind: EdgeKind, context: ConfigContext): TS.ResolutionMode {
    const resolution = getEmitModuleResolutionKind(context.options);
    const nodeLike = resolution === ts.ModuleResolutionKind.Node16 || resolution === ts.ModuleResolutionKind.NodeNext;
    if (!nodeLike && resolution !== ts.ModuleResolutionKind.Bundler) return undefined;
    if (kind === 'require' || kind === 'import-equals') return ts.ModuleKind.CommonJS;
    if (kind === 'dynamic-import') return ts.ModuleKind.ESNext;
    if (!nodeLike) return undefined;
    return ts.getImpliedNodeFormatForFile(absFrom, context.answers.getPackageJsonInfoCache(), this.host, context.options);
  }

  private classifyResolved(resolved: string, specifier: string): Resolution {
    // TypeScript realpaths only package imports; an in-repo symlink alias maps to its target here.
    const abs = this.tree.owns(resolved) ? this.host.realpath(resolved) : resolved;
    if (!this.tree.owns(abs) || abs.includes('/node_modules/')) return this.external(specifier);
    const rel = this.tree.relative(abs);
    const component = componentOfDeclaration(rel);
    if (component !== null) return this.isModule(component) ? { kind: 'module', target: component } : this.isExcluded(component) ? { kind: 'excluded', target: component } : { kind: 'asset' };
    if (this.isModule(rel)) return { kind: 'module', target: rel };
    // A declaration beside its JS, or a workspace package's build output: the source is the module.
    const source = (DECLARATION.test(rel) ? this.jsBeside(rel) : null) ?? this.fromWorkspace(specifier);
    if (source) return { kind: 'module', target: source };
    if (this.isExcluded(rel)) return { kind: 'excluded', target: rel };
    return { kind: 'asset' };
  }

  private classifyFailure(absFrom: string, specifier: string, options: TS.CompilerOptions): Resolution {
    const builtin = builtinName(specifier);
    if (builtin && !isRelativeOrAbsolute(specifier)) return { kind: 'external', name: builtin };
    if (isRelativeOrAbsolute(specifier)) {
      const at = (path: string): string => (path.startsWith('/') ? path : posix.join(posix.dirname(absFrom), path));
      return this.trackedFile(withoutQuery(specifier).map(at)) ?? { kind: 'unresolved', reason: 'no such file' };
    }
    const fromWorkspace = this.fromWorkspace(specifier);
    if (fromWorkspace) return { kind: 'module', target: fromWorkspace };
    const pkg = splitPackageSpecifier(specifier);
    if (pkg && this.packages.has(pkg.name)) return { kind: 'unresolved', reason: `workspace package ${pkg.name} has no source file for it` };
    const alias = aliasClaim(specifier, options);
    if (alias) return this.trackedFile(this.aliasCandidates(alias, options)) ?? { kind: 'unresolved', reason: 'matches a tsconfig `paths` alias but no file' };
    if (pkg) return { kind: 'external', name: pkg.name };
    return { kind: 'unresolved', reason: 'not a relative path, a package name or a tsconfig alias' };
  }

  /**
   * The first of these paths that is a tracked file, as an asset (or a source file left out): an
   * import TypeScript could not resolve that still names a file, e.g. an image. Each question is
   * recorded, as the answer decides the resolution: a remembered one is redone when the file
   * comes or goes (incremental/graph/lookup-probes.ts).
   */
  private trackedFile(paths: readonly string[]): Resolution | null {
    for (const abs of paths) {
      if (!this.tree.owns(abs) || !this.probes.asked(this.tree.relative(abs), this.tree.hasFile(abs))) continue;
      const rel = this.tree.relative(abs);
      return this.isExcluded(rel) ? { kind: 'excluded', target: rel } : { kind: 'asset' };
    }
    return null;
  }

  /**
   * The paths TypeScript tried for an alias's specifier: each substitution of the pattern that
   * claimed it, from the paths base (`baseUrl`, else the folder of the tsconfig that set `paths`),
   * for the specifier as written and without its query.
   */
  private aliasCandidates(alias: AliasClaim, options: TS.CompilerOptions): string[] {
    const base = options.baseUrl ?? (options['pathsBasePath'] as string | undefined) ?? this.host.getCurrentDirectory();
    const candidates: string[] = [];
    for (const star of alias.star === undefined ? [undefined] : withoutQuery(alias.star))
      for (const substitution of options.paths?.[alias.pattern] ?? []) {
        // as TypeScript's replaceFirstStar: an empty match leaves the substitution as it is
        const path = star ? substitution.replace('*', () => star) : substitution;
        candidates.push(posix.resolve(base, path));
      }
    return candidates;
  }

  private external(specifier: string): Resolution {
    const builtin = builtinName(specifier);
    if (builtin && !isRelativeOrAbsolute(specifier)) return { kind: 'external', name: builtin };
    return { kind: 'external', name: splitPackageSpecifier(specifier)?.name ?? specifier };
  }

  private fromWorkspace(specifier: string): string | null {
    const pkg = splitPackageSpecifier(specifier);
    const found = pkg ? this.packages.get(pkg.name) : undefined;
    if (!pkg || !found) return null;
    return workspaceSourceEntry(found, pkg.subpath, (rel) => this.isModule(rel));
  }

  private jsBeside(declaration: string): string | null {
    const stem = declaration.replace(DECLARATION, '');
    for (const ext of ['.js', '.mjs', '.cjs', '.jsx']) if (this.isModule(stem + ext)) return stem + ext;
    return null;
  }
}

/** The `paths` pattern that claimed a specifier, and the text its `*` matched (none for an exact pattern). */
interface AliasClaim {
  pattern: string;
  star: string | undefined;
}

/**
 * The tsconfig `paths` alias that claims the specifier, so that finding no file for it is a broken
 * import rather than a package that is not installed. TypeScript takes the pattern that matches
 * exactly, else the one with the longest prefix (a pattern with two `*` it ignores); when none of
 * its substitutions is a file, it goes on to node_modules as for any bare name. A catch-all
 * `"*": ["./*"]` matches every package name, so it claims nothing: a package behind it is
 * external like any other (581 npm imports were warnings in one repository), while `@app/*` or
 * `~/*` still mark an import meant for the repo.
 */
function aliasClaim(specifier: string, options: TS.CompilerOptions): AliasClaim | null {
  let best: { pattern: string; prefix: string; suffix: string } | null = null;
  for (const pattern of Object.keys(options.paths ?? {})) {
    const star = pattern.indexOf('*');
    if (star < 0) {
      if (specifier === pattern) return { pattern, star: undefined };
      continue;
    }
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (suffix.includes('*')) continue;
    const matches = specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix);
    if (matches && (best === null || prefix.length > best.prefix.length)) best = { pattern, prefix, suffix };
  }
  if (best === null || best.prefix.length + best.suffix.length === 0) return null;
  return { pattern: best.pattern, star: specifier.slice(best.prefix.length, specifier.length - best.suffix.length) };
}

/**
 * A path as written, then without the query or fragment a bundler reads and drops before it looks
 * for the file (Vite's `?component`, `?raw`, `?url`, `?inline`, `#hash`): TypeScript looks for
 * `a.svg?raw` as it is, and finds nothing. The path as written comes first, for a file whose name
 * holds a `#` or `?`.
 */
function withoutQuery(path: string): string[] {
  const bare = path.replace(/[?#].*$/s, '');
  return bare === path || bare === '' ? [path] : [path, bare];
}
