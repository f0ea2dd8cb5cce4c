/**
 * V8's compiled code of the large CommonJS modules blastmap loads (the two TypeScript compilers,
 * 9 MB each), kept between runs where Node does not do it (module.enableCompileCache is Node
 * 22.1+): compiling one takes about 0.15 s, loading it with its code cache about 0.05 s. The
 * module is run as Node runs CommonJS (its wrapper, its own require); V8 checks that a cache fits
 * the source and the engine, and one that does not is rejected and written anew.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import nodeModule from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { writeAtomic } from './atomic-file.js';

/** The modules one process loaded through it, and where their compiled code is kept (null: nowhere). */
export class CompiledCode {
  private readonly loaded = new Map<string, unknown>();

  constructor(private readonly dir: string | null) {}

  /** `require(id)` as seen from `from`, through the code cache when there is a folder. */
  require(from: string | URL, id: string): unknown {
    const require = createRequire(from);
    if (this.dir === null) return require(id);
    const file = require.resolve(id);
    if (this.loaded.has(file)) return this.loaded.get(file);
    try {
      const exports = runWithCodeCache(file, this.dir);
      this.loaded.set(file, exports);
      return exports;
    } catch {
      return require(id);
    }
  }
}

let processWide = new CompiledCode(null);

/** Called by the CLI (never by a stage): where compiled code is kept. */
export function keepCompiledCodeIn(dir: string): void {
  processWide = new CompiledCode(dir);
}

export function requireCompiled(from: string | URL, id: string): unknown {
  return processWide.require(from, id);
}

function runWithCodeCache(file: string, dir: string): unknown {
  const source = readFileSync(file, 'utf8');
  const { size, mtimeMs } = statSync(file);
  const key = createHash('sha256').update(`${file}\0${size}\0${mtimeMs}\0${process.version}\0${process.arch}`).digest('hex').slice(0, 32);
  const cacheFile = join(dir, `${key}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(nodeModule.wrap(source), { filename: file, ...(cachedData && { cachedData }) });
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  if (cachedData === undefined || script.cachedDataRejected === true) writeAtomic(cacheFile, () => script.createCachedData());
  return module.exports;
}
