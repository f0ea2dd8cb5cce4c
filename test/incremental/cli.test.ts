import { existsSync, lstatSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRiskFixture } from '../../scripts/fixtures/risk-fixture.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from './support.js';

const repo = buildRiskFixture();
const work = tempDir('cache-cli');
afterAll(() => [repo, work].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('blastmap analyze --cache-dir / --no-cache', () => {
  it('refuses a cache folder inside the analyzed repository, in one line, exit 2', () => {
    const result = runCli(['analyze', repo, '--cache-dir', join(repo, 'cache'), '--out', join(work, 'out'), '-q']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/inside the analyzed repository/);
    expect(existsSync(join(repo, 'cache'))).toBe(false);
  });

  it('refuses --cache-dir with --no-cache', () => {
    expect(runCli(['analyze', repo, '--cache-dir', join(work, 'c'), '--no-cache']).status).toBe(2);
  });

  it('writes the cache where told, and nothing with --no-cache', () => {
    expect(runCli(['analyze', repo, '--cache-dir', join(work, 'cache'), '--out', join(work, 'out'), '-q']).status).toBe(0);
    expect(existsSync(join(work, 'cache', 'repos'))).toBe(true);
    expect(runCli(['analyze', repo, '--no-cache', '--out', join(work, 'out2'), '-q']).status).toBe(0);
  });

  it('keeps nothing in the cache folder but the repositories\' entries: no compiled code', () => {
    expect(runCli(['analyze', repo, '--cache-dir', join(work, 'compiled'), '--out', join(work, 'out3'), '-q']).status).toBe(0);
    expect(readdirSync(join(work, 'compiled'))).toEqual(['repos']);
  });

  it('loads one TypeScript compiler, once, cold and warm', () => {
    // a preloaded hook sees every CommonJS file Node compiles, and names the compilers among them
    const hook = join(work, 'count-compilers.cjs');
    writeFileSync(
      hook,
      `const Module = require('node:module');
const seen = [];
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  if (/typescript\\.js$/.test(filename)) seen.push(filename);
  return compile.call(this, content, filename);
};
process.on('exit', () => process.stderr.write('compilers: ' + JSON.stringify(seen) + '\\n'));
`,
    );
    const compilers = (cacheArgs: string[]): string[] => {
      const result = runCli(['analyze', repo, ...cacheArgs, '--out', join(work, 'out4'), '-q'], undefined, ['--require', hook]);
      expect(result.status).toBe(0);
      return JSON.parse(/compilers: (.*)/.exec(result.stderr)?.[1] ?? 'null') as string[];
    };
    const cold = compilers(['--no-cache']);
    expect(cold).toHaveLength(1);
    expect(cold[0]).toMatch(/@ts-morph\/common\/dist\/typescript\.js$/);
    // a file changed within 2 s of a run is read again by the next (file-stamps.ts): once the
    // fixture is older than that, the first run with a cache parses everything, the second nothing
    const newest = Math.max(...readdirSync(repo, { recursive: true, encoding: 'utf8' }).map((p) => lstatSync(join(repo, p)).ctimeMs));
    const wait = newest + 2_500 - Date.now();
    if (wait > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
    expect(compilers(['--cache-dir', join(work, 'one-compiler')])).toEqual(cold);
    expect(compilers(['--cache-dir', join(work, 'one-compiler')])).toEqual([]);
  });
});
