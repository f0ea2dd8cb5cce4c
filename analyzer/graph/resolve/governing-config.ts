import { posix } from 'node:path';
import type { ts as TS } from 'ts-morph';
import { ts } from '../syntax/compiler.js';
import type { FileTree } from './file-tree.js';
import type { ConfigLoader, LoadedConfig } from './tsconfig-loader.js';

const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];

/** Options for files no tsconfig includes: what an editor's inferred project would use. */
export const DEFAULT_COMPILER_OPTIONS: TS.CompilerOptions = {
  allowJs: true,
  checkJs: false,
  jsx: ts.JsxEmit.Preserve,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ESNext,
  resolveJsonModule: true,
  allowImportingTsExtensions: true,
};

/**
 * The tsconfig that governs a file, as the TypeScript language service picks it: the nearest
 * tsconfig.json (or jsconfig.json) up the tree that includes the file, directly or through one
 * of its project references; else further up; else none.
 */
export class GoverningConfigs {
  constructor(private readonly tree: FileTree, private readonly loader: ConfigLoader) {}

  inputs(): string[] {
    return [...this.loader.looked];
  }

  wasRead(configPath: string): boolean {
    return this.loader.wasLoaded(configPath);
  }

  /** `read`, when given, collects every config read on the way (their warnings belong to this file's run). */
  configFor(absFile: string, read?: Set<string>): LoadedConfig | null {
    let dir = posix.dirname(absFile);
    for (;;) {
      for (const name of CONFIG_NAMES) {
        const candidate = `${dir}/${name}`;
        if (!this.tree.hasFile(candidate)) continue;
        const visited = new Set<string>();
        const found = this.including(candidate, absFile, visited);
        for (const config of visited) read?.add(config);
        if (found) return found;
      }
      if (dir === this.tree.root || !this.tree.owns(dir)) return null;
      dir = posix.dirname(dir);
    }
  }

  private including(configPath: string, absFile: string, visited: Set<string>): LoadedConfig | null {
    if (visited.has(configPath) || visited.size > 64) return null;
    visited.add(configPath);
    const config = this.loader.load(configPath);
    if (!config) return null;
    if (config.fileNames.has(absFile)) return config;
    for (const reference of config.references) {
      const found = this.including(reference, absFile, visited);
      if (found) return found;
    }
    return null;
  }
}
