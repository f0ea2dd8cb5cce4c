import { existsSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Used when no tsconfig/jsconfig includes a file: what a bundler-based project would do. */
export const FALLBACK_OPTIONS: ts.CompilerOptions = {
  allowJs: true,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  resolveJsonModule: true,
};

export interface GoverningConfig {
  /** absolute path of the config file, or null for the fallback */
  configPath: string | null;
  options: ts.CompilerOptions;
}

const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];

/**
 * Finds, for each file, the compiler options tsc would use: nearest ancestor tsconfig/jsconfig
 * whose parsed fileNames include the file, else one of its references that does, else upward.
 */
export class ConfigLocator {
  private readonly parsed = new Map<string, { options: ts.CompilerOptions; files: Set<string>; refs: string[] } | null>();
  private readonly extendedCache = new Map<string, ts.ExtendedConfigCacheEntry>();
  private readonly host: ts.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => {},
  };
  readonly failures: string[] = [];

  constructor(private readonly repoDir: string) {}

  locate(absFile: string): GoverningConfig {
    let dir = path.dirname(absFile);
    for (;;) {
      for (const name of CONFIG_NAMES) {
        const configPath = path.join(dir, name);
        if (!existsSync(configPath)) continue;
        const found = this.search(configPath, absFile, new Set());
        if (found) return found;
      }
      if (dir === this.repoDir || !dir.startsWith(this.repoDir)) break;
      dir = path.dirname(dir);
    }
    return { configPath: null, options: FALLBACK_OPTIONS };
  }

  private search(configPath: string, absFile: string, visited: Set<string>): GoverningConfig | null {
    if (visited.has(configPath)) return null;
    visited.add(configPath);
    const config = this.parse(configPath);
    if (!config) return null;
    if (config.files.has(absFile)) return { configPath, options: config.options };
    for (const ref of config.refs) {
      const found = this.search(ref, absFile, visited);
      if (found) return found;
    }
    return null;
  }

  private parse(configPath: string) {
    const cached = this.parsed.get(configPath);
    if (cached !== undefined) return cached;
    const result = ts.getParsedCommandLineOfConfigFile(configPath, undefined, this.host, this.extendedCache);
    if (!result) {
      this.failures.push(configPath);
      this.parsed.set(configPath, null);
      return null;
    }
    const entry = {
      options: result.options,
      files: new Set(result.fileNames.map((f) => path.resolve(f))),
      refs: (result.projectReferences ?? []).map((ref) => path.resolve(ts.resolveProjectReferencePath(ref))),
    };
    this.parsed.set(configPath, entry);
    return entry;
  }
}
