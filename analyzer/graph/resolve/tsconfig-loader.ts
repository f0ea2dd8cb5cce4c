import { posix } from 'node:path';
import type { ts as TS } from 'ts-morph';
import { ts } from '../syntax/compiler.js';
import type { WarningSink } from '../../core/warnings.js';
import { COMPONENT_CONFIG_EXTENSIONS } from './component-declarations.js';
import type { DiskView } from './disk-view.js';
import { svelteKitGeneratedConfig } from './sveltekit-config.js';
import type { FileTree } from './file-tree.js';

export interface LoadedConfig {
  path: string;
  options: TS.CompilerOptions;
  fileNames: Set<string>;
  references: string[];
}

type MatchFiles = (
  path: string, extensions: readonly string[] | undefined, excludes: readonly string[] | undefined,
  includes: readonly string[] | undefined, useCaseSensitiveFileNames: boolean, currentDirectory: string,
  depth: number | undefined, getFileSystemEntries: (path: string) => { files: readonly string[]; directories: readonly string[] },
  realpath: (path: string) => string,
) => string[];

// TypeScript's own include/exclude globbing (internal but stable since 2.x), fed from the tree.
const matchFiles = (ts as unknown as { matchFiles: MatchFiles }).matchFiles;
// components are files a tsconfig's `include` takes, as their language tools tell TypeScript
const EXTRA_EXTENSIONS: readonly TS.FileExtensionInfo[] = COMPONENT_CONFIG_EXTENSIONS.map((extension) => ({ extension, isMixedContent: true, scriptKind: ts.ScriptKind.Deferred }));
const IGNORED_DIAGNOSTICS = new Set([18003 /* no inputs found */, 5101, 5107, 5108 /* deprecations */]);

/**
 * Loads tsconfig/jsconfig files the way tsc does (`extends` chains, packages, comments, trailing
 * commas), but never gives up on one: a missing base or an `extends` cycle becomes a warning and
 * the options that could be read still apply.
 */
export class ConfigLoader {
  private readonly loaded = new Map<string, LoadedConfig | null>();
  private readonly host: TS.ParseConfigHost;
  /** tracked paths (repo-relative) whose presence the configs read so far depend on: a base that `extends` names, found or not */
  readonly looked = new Set<string>();

  constructor(private readonly tree: FileTree, private readonly disk: DiskView, private readonly warnings: WarningSink) {
    this.host = {
      useCaseSensitiveFileNames: true,
      fileExists: (path) => {
        if (!tree.owns(path) || path.includes('/node_modules/')) return disk.fileExists(path);
        this.looked.add(tree.relative(path));
        return tree.hasFile(path) || this.svelteKit(path) !== null;
      },
      readFile: (path) => (tree.owns(path) && !tree.hasFile(path) ? this.svelteKit(path) : null) ?? disk.readFile(path),
      readDirectory: (root, extensions, excludes, includes, depth) =>
        matchFiles(root, extensions, excludes, includes, true, tree.root, depth, (dir) => this.entries(dir), (p) => p),
    };
  }

  /** an app's untracked `.svelte-kit/tsconfig.json`, as SvelteKit would generate it (sveltekit-config.ts) */
  private svelteKit(path: string): string | null {
    return svelteKitGeneratedConfig(path, (abs) => this.tree.hasFile(abs), (abs) => this.looked.add(this.tree.relative(abs)));
  }

  private entries(dir: string): { files: readonly string[]; directories: readonly string[] } {
    if (this.tree.owns(dir)) return this.tree.entries(dir);
    return this.disk.entries(dir);
  }

  wasLoaded(path: string): boolean {
    return this.loaded.has(path);
  }

  load(path: string): LoadedConfig | null {
    if (!this.loaded.has(path)) this.loaded.set(path, this.parse(path));
    return this.loaded.get(path) ?? null;
  }

  private parse(path: string): LoadedConfig | null {
    const relative = this.tree.owns(path) ? this.tree.relative(path) : path;
    const json = ts.readConfigFile(path, (p) => this.host.readFile(p));
    if (json.error) {
      this.warn(relative, json.error);
      return null;
    }
    const parsed = ts.parseJsonConfigFileContent(json.config, this.host, posix.dirname(path), undefined, path, undefined, EXTRA_EXTENSIONS);
    for (const error of parsed.errors) if (!IGNORED_DIAGNOSTICS.has(error.code)) this.warn(relative, error);
    return {
      path,
      options: parsed.options,
      fileNames: new Set(parsed.fileNames),
      references: (parsed.projectReferences ?? []).map((ref) => ts.resolveProjectReferencePath(ref)),
    };
  }

  private warn(relative: string, diagnostic: TS.Diagnostic): void {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    this.warnings.add('tsconfig-error', `${text} (the options that could be read still apply)`, relative);
  }
}
