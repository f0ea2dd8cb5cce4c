import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CompiledCode } from '../../analyzer/core/compiled-code.js';
import { tempDir } from '../cache/support.js';

const dir = tempDir('compiled-code');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const project = fileURLToPath(new URL('../..', import.meta.url));

/** A CommonJS module that uses its own require, __filename and module.exports. */
function writeModule(name: string): string {
  const file = join(dir, name);
  writeFileSync(file, `const path = require('node:path');\nmodule.exports = { base: path.basename(__filename), twice: (x) => 2 * x };\n`);
  return file;
}

/**
 * Loads the module in a process of its own, as a run does: V8 keeps what one process compiled
 * and would not look at the cache a second time in the same one.
 */
function loadInNewProcess(file: string, cache: string): { base: string; twice: number } {
  const script = `import { CompiledCode } from './analyzer/core/compiled-code.ts';
const m = new CompiledCode(${JSON.stringify(cache)}).require(${JSON.stringify(file)}, ${JSON.stringify(file)});
process.stdout.write(JSON.stringify({ base: m.base, twice: m.twice(21) }));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
  return JSON.parse(out) as { base: string; twice: number };
}

describe('CompiledCode', () => {
  it('is require when no folder is set', () => {
    const file = writeModule('plain.cjs');
    expect(new CompiledCode(null).require(file, file)).toBe(createRequire(file)(file));
  });

  it('runs the module as CommonJS once per process', () => {
    const file = writeModule('once.cjs');
    const code = new CompiledCode(join(dir, 'code-cache-once'));
    const loaded = code.require(file, file) as { base: string; twice: (x: number) => number };
    expect(loaded.base).toBe('once.cjs');
    expect(loaded.twice(21)).toBe(42);
    expect(code.require(file, file)).toBe(loaded);
  });

  it('keeps the compiled code, which the next process uses as it is', () => {
    const file = writeModule('kept.cjs');
    const cache = join(dir, 'code-cache-kept');
    expect(loadInNewProcess(file, cache)).toEqual({ base: 'kept.cjs', twice: 42 });
    const [entry] = readdirSync(cache);
    expect(entry).toMatch(/^[0-9a-f]{32}\.bin$/);
    const written = statSync(join(cache, entry!)).mtimeMs;
    expect(loadInNewProcess(file, cache)).toEqual({ base: 'kept.cjs', twice: 42 });
    expect(statSync(join(cache, entry!)).mtimeMs).toBe(written);
  });

  it('writes a cache V8 rejects anew, and the module still loads', () => {
    const file = writeModule('rejected.cjs');
    const cache = join(dir, 'code-cache-rejected');
    loadInNewProcess(file, cache);
    const entry = join(cache, readdirSync(cache)[0]!);
    writeFileSync(entry, Buffer.alloc(64, 7));
    expect(loadInNewProcess(file, cache)).toEqual({ base: 'rejected.cjs', twice: 42 });
    expect(readFileSync(entry).equals(Buffer.alloc(64, 7))).toBe(false);
  });
});
