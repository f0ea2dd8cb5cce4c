import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRepo, PEOPLE, type Step } from '../../scripts/fixtures/history-fixture.js';
import { addCommits, commit, run, tempDir } from './support.js';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * tsconfig `paths` from a base config in an untracked node_modules package, a `moduleSuffixes`
 * choice there too, and a folder whose tsconfig extends a file that does not exist (a warning
 * for a module that imports nothing).
 */
const base = (suffixes: string[]): string[] => [JSON.stringify({ compilerOptions: { moduleSuffixes: suffixes } })];
const STEPS: readonly Step[] = [
  {
    kind: 'commit',
    date: '2024-01-10T10:00:00+00:00',
    author: PEOPLE.alice,
    message: 'Start\n',
    write: {
      '.gitignore': ['node_modules/'],
      'tsconfig.json': [JSON.stringify({ extends: '@org/tsconfig/base.json', compilerOptions: { paths: { '@lib/*': ['./src/lib/*'] } }, include: ['src'] })],
      'src/lib/a.ts': ['export const a = 1;'],
      'src/lib/b.ts': ['export const b = 2;'],
      'src/view.ts': ['export const view = "plain";'],
      'src/view.web.ts': ['export const view = "web";'],
      'src/app.ts': ["import { a } from '@lib/a';", "import { view } from './view';", 'export const app = [a, view];'],
      'src/other.ts': ["import { b } from './lib/b';", 'export const other = b;'],
      'broken/tsconfig.json': [JSON.stringify({ extends: './missing' })],
      'broken/alone.ts': ['export const alone = 0;'],
    },
  },
];

function fixture(): { repo: string; cacheDir: string } {
  const repo = buildRepo(tempDir('memo-repo'), STEPS);
  installBase(repo, ['']);
  const cacheDir = tempDir('memo-cache');
  cleanup.push(repo, cacheDir);
  return { repo, cacheDir };
}

function installBase(repo: string, suffixes: string[]): void {
  mkdirSync(join(repo, 'node_modules/@org/tsconfig'), { recursive: true });
  writeFileSync(join(repo, 'node_modules/@org/tsconfig/package.json'), '{"name":"@org/tsconfig","version":"1.0.0"}\n');
  writeFileSync(join(repo, 'node_modules/@org/tsconfig/base.json'), `${base(suffixes).join('\n')}\n`);
}

const edgesOf = (r: Awaited<ReturnType<typeof run>>) => r.report.edges.map((e) => `${e.source} -> ${e.target}`);

describe('the resolution memo', () => {
  it('replays the tsconfig warnings of a warm run, even for a module that imports nothing', async () => {
    const { repo, cacheDir } = fixture();
    const cold = await run(repo, cacheDir);
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe(cold.json);
    expect(warm.graph?.resolved).toBe(0);
    expect(warm.report.warnings.filter((w) => w.code === 'tsconfig-error').map((w) => w.path)).toEqual(['broken/tsconfig.json']);
    expect(edgesOf(warm)).toEqual(['src/app.ts -> src/lib/a.ts', 'src/app.ts -> src/view.ts', 'src/other.ts -> src/lib/b.ts']);
  });

  it('keeps a tsconfig\'s warning while a module it governs remains, and drops it with the last one', async () => {
    const { repo, cacheDir } = fixture();
    await run(repo, cacheDir);
    const configWarnings = (r: Awaited<ReturnType<typeof run>>) => r.report.warnings.filter((w) => w.code === 'tsconfig-error').length;
    addCommits(repo, [commit('2024-02-01', { write: { 'src/more.ts': ['export const more = 1;'], 'broken/second.ts': ['export const second = 2;'] } })]);
    const added = await run(repo, cacheDir);
    expect(added.json).toBe((await run(repo, null)).json);
    expect(configWarnings(added)).toBe(1);
    expect(added.graph?.resolved).toBe(0);
    addCommits(repo, [commit('2024-02-02', { remove: ['broken/alone.ts', 'broken/second.ts'] })]);
    const removed = await run(repo, cacheDir);
    expect(removed.json).toBe((await run(repo, null)).json);
    expect(configWarnings(removed)).toBe(0);
  });

  it('after a commit that only edits files, resolves only the new imports', async () => {
    const { repo, cacheDir } = fixture();
    const cold = await run(repo, cacheDir);
    addCommits(repo, [commit('2024-02-01', { write: { 'src/app.ts': ["import { a } from '@lib/a';", "import { b } from '@lib/b';", "import { view } from './view';", 'export const app = [a, b, view];'] } })]);
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe((await run(repo, null)).json);
    expect(warm.graph).toMatchObject({ parsed: 1, resolved: 1, remembered: (cold.graph?.resolved ?? 0) });
    expect(warm.metrics?.reused).toBe(false);
    expect(edgesOf(warm)).toContain('src/app.ts -> src/lib/b.ts');
  });

  it('after a commit that leaves the graph as it was, reuses the metrics too', async () => {
    const { repo, cacheDir } = fixture();
    await run(repo, cacheDir);
    addCommits(repo, [commit('2024-02-01', { write: { 'src/lib/a.ts': ['// the first letter', 'export const a = 1;'] } })]);
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe((await run(repo, null)).json);
    expect(warm.graph?.resolved).toBe(0);
    expect(warm.metrics?.reused).toBe(true);
  });

  it('redoes the lookups that looked where a file came: a .ts beside the .js it now shadows', async () => {
    const { repo, cacheDir } = fixture();
    addCommits(repo, [commit('2024-02-01', { write: { 'tsconfig.json': [JSON.stringify({ extends: '@org/tsconfig/base.json', compilerOptions: { allowJs: true, paths: { '@lib/*': ['./src/lib/*'] } }, include: ['src'] })], 'src/util.js': ['export const util = 1;'], 'src/use.ts': ["import { util } from './util';", 'export const use = util;'] } })]);
    await run(repo, cacheDir);
    addCommits(repo, [commit('2024-02-02', { write: { 'src/util.ts': ['export const util = 2;'] } })]);
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe((await run(repo, null)).json);
    expect(edgesOf(warm)).toContain('src/use.ts -> src/util.ts');
    // only './util' looked where src/util.ts came; '@lib/a', './view' and './lib/b' are kept
    expect(warm.graph).toMatchObject({ resolved: 1, remembered: 3 });
  });

  it('redoes the lookups of a file that went away', async () => {
    const { repo, cacheDir } = fixture();
    await run(repo, cacheDir);
    addCommits(repo, [commit('2024-02-01', { remove: ['src/lib/b.ts'] })]);
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe((await run(repo, null)).json);
    expect(warm.report.warnings.some((w) => w.code === 'unresolved-import' && w.path === 'src/other.ts')).toBe(true);
  });

  it('keeps the memo through a package.json change resolution does not read (a version bump)', async () => {
    const { repo, cacheDir } = fixture();
    addCommits(repo, [commit('2024-01-20', { write: { 'package.json': [JSON.stringify({ name: 'memo', version: '1.0.0', exports: { '.': './src/app.ts' } })] } })]);
    const cold = await run(repo, cacheDir);
    addCommits(repo, [commit('2024-02-01', { write: { 'package.json': [JSON.stringify({ name: 'memo', version: '1.0.1', exports: { '.': './src/app.ts' }, scripts: { test: 'x' } })] } })]);
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe((await run(repo, null)).json);
    expect(warm.graph).toMatchObject({ resolved: 0, remembered: cold.graph?.resolved });
  });

  it('is not trusted once a package.json changes what resolution reads (exports)', async () => {
    const { repo, cacheDir } = fixture();
    addCommits(repo, [commit('2024-01-20', { write: { 'package.json': [JSON.stringify({ name: 'memo', exports: { '.': './src/app.ts' } })] } })]);
    await run(repo, cacheDir);
    addCommits(repo, [commit('2024-02-01', { write: { 'package.json': [JSON.stringify({ name: 'memo', exports: { '.': './src/other.ts' } })] } })]);
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe((await run(repo, null)).json);
    expect(warm.graph?.remembered).toBe(0);
  });

  it('is not trusted once the base a tsconfig extends appears', async () => {
    const { repo, cacheDir } = fixture();
    await run(repo, cacheDir);
    addCommits(repo, [commit('2024-02-01', { write: { 'broken/missing.json': [JSON.stringify({ compilerOptions: {} })] } })]);
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe((await run(repo, null)).json);
    expect(warm.graph?.remembered).toBe(0);
    expect(warm.report.warnings.some((w) => w.code === 'tsconfig-error')).toBe(false);
  });

  it('is not trusted once a tsconfig changes in the work tree', async () => {
    const { repo, cacheDir } = fixture();
    await run(repo, cacheDir);
    writeFileSync(join(repo, 'tsconfig.json'), JSON.stringify({ extends: '@org/tsconfig/base.json', compilerOptions: { paths: { '@lib/*': ['./src/nowhere/*'] } }, include: ['src'] }));
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe((await run(repo, null)).json);
    expect(warm.graph?.remembered).toBe(0);
    expect(warm.report.warnings.some((w) => w.code === 'unresolved-import' && w.path === 'src/app.ts')).toBe(true);
  });

  it('is not trusted once an untracked base config in node_modules changes', async () => {
    const { repo, cacheDir } = fixture();
    await run(repo, cacheDir);
    installBase(repo, ['.web', '']);
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe((await run(repo, null)).json);
    expect(warm.graph?.remembered).toBe(0);
    expect(edgesOf(warm)).toContain('src/app.ts -> src/view.web.ts');
  });
});

describe('the resolution memo, on what the review found', () => {
  const start = (write: Record<string, string[]>): Step => ({ kind: 'commit', date: '2024-01-10T10:00:00+00:00', author: PEOPLE.alice, message: 'Start\n', write });
  const repoWith = (write: Record<string, string[]>): { repo: string; cacheDir: string } => {
    const repo = buildRepo(tempDir('memo-review'), [start(write)]);
    const cacheDir = tempDir('memo-review-cache');
    cleanup.push(repo, cacheDir);
    return { repo, cacheDir };
  };

  it('charges a lookup TypeScript answered from its cache with the probes it appended (classic resolution)', async () => {
    const { repo, cacheDir } = repoWith({
      'tsconfig.json': [JSON.stringify({ compilerOptions: { module: 'esnext', target: 'es2020' } })],
      'a-first/t.ts': ["import { h } from 'helpers';", 'export const t = h;'],
      'b/c/m.ts': ["import { h } from 'helpers';", 'export const m = h;'],
    });
    await run(repo, cacheDir);
    addCommits(repo, [commit('2024-02-01', { write: { 'b/c/helpers.ts': ['export const h = 1;'] } })]);
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe((await run(repo, null)).json);
    expect(edgesOf(warm)).toContain('b/c/m.ts -> b/c/helpers.ts');
  });

  it('compares a package.json by its `tsconfig` field too (extends "<package>")', async () => {
    const { repo, cacheDir } = repoWith({
      '.gitignore': ['node_modules/'],
      'tsconfig.json': [JSON.stringify({ extends: 'cfg', include: ['src'] })],
      'src/main.ts': ["import { m } from '@/m';", 'export const main = m;'],
      'src/one/m.ts': ['export const m = 1;'],
      'src/two/m.ts': ['export const m = 2;'],
    });
    const config = (field: string): void => {
      mkdirSync(join(repo, 'node_modules/cfg'), { recursive: true });
      writeFileSync(join(repo, 'node_modules/cfg/package.json'), JSON.stringify({ name: 'cfg', tsconfig: field }));
      writeFileSync(join(repo, 'node_modules/cfg/a.json'), JSON.stringify({ compilerOptions: { paths: { '@/*': ['../../src/one/*'] } } }));
      writeFileSync(join(repo, 'node_modules/cfg/b.json'), JSON.stringify({ compilerOptions: { paths: { '@/*': ['../../src/two/*'] } } }));
    };
    config('./a.json');
    const before = await run(repo, cacheDir);
    expect(edgesOf(before)).toContain('src/main.ts -> src/one/m.ts');
    config('./b.json');
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe((await run(repo, null)).json);
    expect(edgesOf(warm)).toContain('src/main.ts -> src/two/m.ts');
  });

  it('redoes an import of a file that is not code when the file comes or goes (through an alias, with a query)', async () => {
    const { repo, cacheDir } = repoWith({
      'tsconfig.json': [JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', paths: { '@/*': ['./src/*'] } } })],
      'src/main.ts': ["import car from '@/assets/car.png';", "import Icon from '@/assets/icon.svg?component';", "import b from './b.svg?raw';", 'export const main = [car, Icon, b];'],
    });
    const unresolved = (r: Awaited<ReturnType<typeof run>>) => r.report.warnings.filter((w) => w.code === 'unresolved-import').length;
    expect(unresolved(await run(repo, cacheDir))).toBe(3);
    // TypeScript looked for src/assets/car.png.ts and the like, never for the files themselves
    addCommits(repo, [commit('2024-02-01', { write: { 'src/assets/car.png': ['png'], 'src/assets/icon.svg': ['<svg/>'], 'src/b.svg': ['<svg/>'] } })]);
    const added = await run(repo, cacheDir);
    expect(added.json).toBe((await run(repo, null)).json);
    expect(unresolved(added)).toBe(0);
    addCommits(repo, [commit('2024-02-02', { remove: ['src/assets/car.png', 'src/assets/icon.svg', 'src/b.svg'] })]);
    const removed = await run(repo, cacheDir);
    expect(removed.json).toBe((await run(repo, null)).json);
    expect(unresolved(removed)).toBe(3);
  });

  it('sees a tracked file turned into a symbolic link', async () => {
    const { repo, cacheDir } = repoWith({
      'src/main.ts': ["import data from './data.json';", "import './logo.svg';", 'export const main = data;'],
      'src/data.json': ['{}'],
      'src/logo.svg': ['<svg/>'],
    });
    await run(repo, cacheDir);
    const outside = tempDir('memo-review-outside');
    cleanup.push(outside);
    writeFileSync(join(outside, 'x'), 'x');
    for (const name of ['src/data.json', 'src/logo.svg']) {
      rmSync(join(repo, name));
      symlinkSync(join(outside, 'x'), join(repo, name));
    }
    addCommits(repo, [commit('2024-02-01', {})]);
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe((await run(repo, null)).json);
    expect(warm.report.warnings.filter((w) => w.code === 'unresolved-import').length).toBe(2);
  });
});
