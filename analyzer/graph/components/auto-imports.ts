import { posix } from 'node:path';
import { WarningSink } from '../../core/warnings.js';
import { readSource } from '../read-source.js';
import type { TrackedFile } from '../list-files.js';
import type { ImportRef, ParsedModule } from '../syntax/model.js';
import { nuxtComponentName, pascalName } from './component-names.js';

/** unplugin-vue-components' declaration file (`components.d.ts` by default; `auto-components.d.ts` and the like too). */
const DECLARATION_NAME = /(^|\/)[^/]*components\.d\.ts$/i;
const NUXT_CONFIG = /(^|\/)nuxt\.config\.(ts|js|mjs|cjs|mts|cts)$/;
/** the file kinds Nuxt registers from a components folder (its default `extensions`) */
const NUXT_COMPONENT = /\.(vue|tsx|jsx|ts|js|mjs|mts)$/;
const DECLARATION_FILE = /\.d\.[^/]*ts$/;

/** The tracked files auto-imported components are declared in, found by name: read only when the repository has Vue components. */
export interface AutoImportSources {
  /** unplugin-vue-components' declaration files */
  declarations: string[];
  /** Nuxt apps' folders and their `components/` folders (repo-relative, '' or with a trailing slash) */
  nuxtFolders: Array<{ app: string; folder: string }>;
}

export function autoImportSources(files: readonly TrackedFile[]): AutoImportSources {
  if (!files.some((f) => f.path.toLowerCase().endsWith('.vue'))) return { declarations: [], nuxtFolders: [] };
  const declarations: string[] = [];
  const nuxtFolders: AutoImportSources['nuxtFolders'] = [];
  for (const { path, symlink } of files) {
    if (symlink) continue;
    if (DECLARATION_NAME.test(path)) declarations.push(path);
    const config = NUXT_CONFIG.exec(path);
    if (config) {
      const app = path.slice(0, config.index + (config[1] ?? '').length);
      // Nuxt 3's srcDir is the app's folder, Nuxt 4's `app/`
      nuxtFolders.push({ app, folder: `${app}components/` }, { app, folder: `${app}app/components/` });
    }
  }
  return { declarations, nuxtFolders };
}

/** Auto-imported component names (PascalCase) → the module each names, per project folder ('' for the root, else with a trailing slash). */
export type AutoImportRegistry = Map<string, Map<string, string>>;

/**
 * The names each project declares: from a declaration's `GlobalComponents`
 * (`Foo: typeof import('./src/components/Foo.vue')['default']`, a path relative to the
 * declaration, whose folder is the project's), and from a Nuxt app's components folders (its
 * naming rule, component-names.ts; the app's folder is the project's). Only names that lead to
 * a module of the repository are kept: a library's components are not the repository's. A name
 * declared twice in one project keeps its first declaration.
 */
export async function autoImportRegistry(sources: AutoImportSources, files: readonly TrackedFile[], modules: ReadonlySet<string>, readText: (path: string) => string | null): Promise<AutoImportRegistry> {
  const registry: AutoImportRegistry = new Map();
  const namesOf = (project: string): Map<string, string> => {
    let names = registry.get(project);
    if (!names) registry.set(project, (names = new Map()));
    return names;
  };
  if (sources.declarations.length > 0) {
    const manifests = new Set(files.filter((f) => /(^|\/)package\.json$/.test(f.path)).map((f) => folderOf(f.path)));
    const { declaredComponents } = await import('./declared-components.js');
    for (const path of sources.declarations) {
      const text = readText(path);
      if (text === null) continue;
      const names = namesOf(packageFolder(path, manifests));
      for (const [name, specifier] of declaredComponents(text)) {
        if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue;
        const target = posix.normalize(posix.join(posix.dirname(path), specifier));
        if (modules.has(target) && !names.has(name)) names.set(name, target);
      }
    }
  }
  for (const { app, folder } of sources.nuxtFolders) {
    const names = namesOf(app);
    for (const { path } of files) {
      if (!path.startsWith(folder) || !NUXT_COMPONENT.test(path) || DECLARATION_FILE.test(path) || !modules.has(path)) continue;
      const name = nuxtComponentName(path.slice(folder.length));
      if (name !== '' && !names.has(name)) names.set(name, path);
    }
  }
  return registry;
}

/** A declaration's project: the folder of the nearest package.json above it (`types/components.d.ts` serves its package), else the root. */
function packageFolder(path: string, manifests: ReadonlySet<string>): string {
  for (let folder = folderOf(path); folder !== ''; folder = folderOf(folder.slice(0, -1))) if (manifests.has(folder)) return folder;
  return '';
}

const folderOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '');

/** The names of the project a module belongs to: the nearest folder above it that declares any. */
function projectNames(registry: AutoImportRegistry, path: string): Map<string, string> | undefined {
  for (let folder = folderOf(path); ; folder = folderOf(folder.slice(0, -1))) {
    const names = registry.get(folder);
    if (names && names.size > 0) return names;
    if (folder === '') return undefined;
  }
}

/**
 * The modules with an import added for each template tag its project's names map to a file (new
 * objects: a parse may be shared with an earlier run's memory). Nuxt's `Lazy` prefix names the
 * same component. The import is written relative to the component, so it resolves like any other.
 */
export function withAutoImports(parsed: Map<string, ParsedModule>, registry: AutoImportRegistry): Map<string, ParsedModule> {
  if (registry.size === 0) return parsed;
  const result = new Map<string, ParsedModule>();
  for (const [path, module] of parsed) {
    const tags = Array.isArray(module.templateTags) ? module.templateTags : [];
    const names = tags.length > 0 ? projectNames(registry, path) : undefined;
    const added: ImportRef[] = [];
    for (const tag of names ? tags : []) {
      if (typeof tag !== 'string') continue;
      const name = pascalName(tag);
      const target = names?.get(name) ?? (name.startsWith('Lazy') ? names?.get(name.slice(4)) : undefined);
      if (target === undefined || target === path) continue;
      const relative = posix.relative(posix.dirname(path), target);
      const specifier = relative.startsWith('../') ? relative : `./${relative}`;
      if (!added.some((ref) => ref.specifier === specifier)) added.push({ specifier, kind: 'import', typeOnly: false, dynamic: false, names: ['default'] });
    }
    result.set(path, added.length === 0 ? module : { ...module, imports: [...module.imports, ...added] });
  }
  return result;
}

/** The modules with their auto-imported components (none when the repository declares none). */
export async function withComponentAutoImports(root: string, sources: AutoImportSources, files: readonly TrackedFile[], parsed: Map<string, ParsedModule>, maxBytes: number): Promise<Map<string, ParsedModule>> {
  if (sources.declarations.length === 0 && sources.nuxtFolders.length === 0) return parsed;
  // a declaration that cannot be read (too large, binary) declares nothing; it is not a module, so no warning names it
  const readText = (path: string): string | null => readSource(`${root}/${path}`, path, maxBytes, new WarningSink(), false);
  return withAutoImports(parsed, await autoImportRegistry(sources, files, new Set(parsed.keys()), readText));
}
