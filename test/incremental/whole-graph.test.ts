import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { AnalyzerEmitter } from '../../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import { ts } from '../../analyzer/graph/syntax/compiler.js';
import { COMPILER_VERSION, readingKey } from '../../analyzer/incremental/keys.js';
import { buildRepo, PEOPLE, type Step } from '../../scripts/fixtures/history-fixture.js';
import { run, tempDir } from './support.js';

/** The whole graph taken over: each input it was built from, and the cases a review found. */
const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const CLOCK = (): Date => new Date('2030-01-01T00:00:00Z');
const edgesOf = (r: { edges: { source: string; target: string }[] }): string[] => r.edges.map((e) => `${e.source} -> ${e.target}`);
const start = (write: Record<string, string[]>): Step => ({ kind: 'commit', date: '2024-01-10T10:00:00+00:00', author: PEOPLE.alice, message: 'Start\n', write });
function repoWith(write: Record<string, string[]>): { repo: string; cacheDir: string } {
  const repo = buildRepo(tempDir('whole-graph'), [start(write)]);
  const cacheDir = tempDir('whole-graph-cache');
  cleanup.push(repo, cacheDir);
  return { repo, cacheDir };
}

describe('the whole graph, taken over', () => {
  it('when nothing it was built from changed: nothing read, parsed or resolved, the same report', async () => {
    const { repo, cacheDir } = repoWith({ 'a.ts': ['export const a = 1;'], 'b.ts': ["import { a } from './a';", 'export const b = a;'] });
    await sleep(2_100); // past the window in which a stamp is not trusted
    const cold = await run(repo, cacheDir);
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe(cold.json);
    expect(warm.graph).toEqual({ stage: 'graph', read: 0, parsed: 0, reused: 2, resolved: 0, remembered: 1 });
  });

  it('not when a package.json goes from `"exports": null` to no `exports` (TypeScript tells them apart)', async () => {
    const lib = (extra: object): string => JSON.stringify({ name: '@org/lib', ...extra });
    const { repo, cacheDir } = repoWith({
      'package.json': [JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] })],
      'packages/lib/package.json': [lib({ exports: null })],
      'packages/lib/index.ts': ['export const i = 0;'],
      'packages/lib/sub/package.json': [JSON.stringify({ main: './entry.js' })],
      'packages/lib/sub/entry.ts': ['export const e = 1;'],
      'app.ts': ["import { e } from '@org/lib/sub';", 'export const app = e;'],
    });
    const first = await run(repo, cacheDir);
    expect(edgesOf(first.report)).not.toContain('app.ts -> packages/lib/sub/entry.ts');
    writeFileSync(join(repo, 'packages/lib/package.json'), `${lib({})}\n`);
    const warm = await run(repo, cacheDir);
    expect(edgesOf(warm.report)).toContain('app.ts -> packages/lib/sub/entry.ts');
    expect(warm.json).toBe((await run(repo, null)).json);
  });

  it('not kept under the key of a text the graph was not built from (a file written while the graph is built)', async () => {
    const { repo, cacheDir } = repoWith({ 'a.ts': ['export const a = 1;'], 'b.ts': ['export const b = 1;'], 'c.ts': ['export const c = 1;'] });
    await sleep(2_100);
    await run(repo, cacheDir);
    writeFileSync(join(repo, 'c.ts'), 'export const c = 2;\n'); // the next run builds the graph again
    // b.ts is rewritten once the graph stage has begun, after its reading was taken from its stamp
    const emitter = new AnalyzerEmitter();
    let written = false;
    emitter.on('progress', (p) => {
      if (p.phase !== 'graph' || written) return;
      written = true;
      writeFileSync(join(repo, 'b.ts'), "import { a } from './a';\nexport const b = a;\n");
    });
    await analyze(repo, { ...DEFAULT_OPTIONS, cacheDir }, emitter, CLOCK);
    expect(written).toBe(true);
    writeFileSync(join(repo, 'b.ts'), 'export const b = 1;\n');
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe((await run(repo, null)).json);
  });
});

describe('the compiler in the keys', () => {
  it('names the compiler that runs (the package bundling it), not only ts-morph', () => {
    const tsMorph = createRequire(import.meta.url).resolve('ts-morph');
    const common = createRequire(tsMorph)('@ts-morph/common/package.json') as { version: string };
    expect(COMPILER_VERSION).toMatch(new RegExp(`^ts-morph@\\d+\\.\\d+\\.\\d+\\+common@${common.version.replace(/\./g, '\\.')}$`));
    // and that package is the one whose compiler parses and resolves
    expect(createRequire(tsMorph)('@ts-morph/common/dist/typescript.js').version).toBe(ts.version);
  });

  it('is part of a file\'s reading too: a stamp never hands a parse key of another compiler to this one', () => {
    expect(readingKey(1024, 'a.ts')).toBe(`${COMPILER_VERSION}\0${1024}\0a.ts`);
  });
});
