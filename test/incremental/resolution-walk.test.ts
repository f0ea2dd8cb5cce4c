import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRepo, PEOPLE, type Step } from '../../scripts/fixtures/history-fixture.js';
import { addCommits, commit, run, tempDir } from './support.js';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A walk of commits that add, remove and rename files where imports look (relative paths, folder
 * indexes, a tsconfig `paths` alias, a workspace package reached through its name), each followed
 * by a warm run that must give the cold run's report byte for byte.
 */
const FOLDERS = ['packages/app', 'packages/app/src', 'packages/app/src/sub', 'packages/util/src', 'packages/util/src/extra'];
const NAMES = ['b', 'c', 'index', 'extra', 'deep'];
const SPECIFIERS = ['./b', './c', '../c', './sub', './extra', './deep', './index', '../index', '../b', '@w/util', '@w/util/extra', '@w/util/deep', '@app/c', '@app/deep'];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const pick = <T,>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

function moduleText(next: () => number, n: number): string[] {
  const imports = Array.from({ length: 1 + Math.floor(next() * 3) }, () => `import '${pick(next, SPECIFIERS)}';`);
  return [...new Set(imports), `export const v${n} = ${n};`];
}

const START: Step = {
  kind: 'commit',
  date: '2024-01-01T10:00:00+00:00',
  author: PEOPLE.alice,
  message: 'Start\n',
  write: {
    'package.json': [JSON.stringify({ name: 'walk', private: true, workspaces: ['packages/*'] })],
    'tsconfig.json': [JSON.stringify({ compilerOptions: { paths: { '@app/*': ['./packages/app/src/*'] } } })],
    'packages/util/package.json': [JSON.stringify({ name: '@w/util', main: 'dist/index.js' })],
    'packages/util/src/index.ts': ['export const util = 0;'],
    'packages/app/package.json': [JSON.stringify({ name: '@w/app', dependencies: { '@w/util': '*' } })],
    'packages/app/src/main.ts': ["import '@w/util';", "import './b';", "import './sub';", 'export const main = 1;'],
    'packages/app/src/b.ts': ["import '../c';", 'export const b = 2;'],
    'packages/app/src/sub/index.ts': ["import '../b';", "import '@w/util/extra';", 'export const sub = 3;'],
  },
};

describe('remembered resolutions along a walk of file changes', () => {
  it.each([20_241_121, 7, 1_000_003])('every warm run equals a cold run of the same commit (seed %i)', async (seed) => {
    const repo = buildRepo(tempDir('walk-repo'), [START]);
    const cacheDir = tempDir('walk-cache');
    cleanup.push(repo, cacheDir);
    const files = new Set(Object.keys(START.kind === 'commit' ? (START.write ?? {}) : {}).filter((p) => p.endsWith('.ts')));
    const next = random(seed);
    await run(repo, cacheDir);
    let remembered = 0;
    for (let step = 1; step <= 12; step += 1) {
      const day = `2024-02-${String(step).padStart(2, '0')}`;
      const existing = [...files].sort();
      const action = pick(next, ['add', 'add', 'remove', 'rename', 'edit'] as const);
      const target = `${pick(next, FOLDERS)}/${pick(next, NAMES)}.ts`;
      if (action === 'add' || (action !== 'edit' && existing.length < 3)) {
        addCommits(repo, [commit(day, { write: { [target]: moduleText(next, step) } })]);
        files.add(target);
      } else if (action === 'remove') {
        const gone = pick(next, existing);
        addCommits(repo, [commit(day, { remove: [gone] })]);
        files.delete(gone);
      } else if (action === 'rename' && !files.has(target)) {
        const from = pick(next, existing);
        addCommits(repo, [commit(day, { rename: [[from, target]] })]);
        files.delete(from);
        files.add(target);
      } else {
        addCommits(repo, [commit(day, { write: { [pick(next, existing)]: moduleText(next, step) } })]);
      }
      const warm = await run(repo, cacheDir);
      const cold = await run(repo, null);
      expect(warm.json, `step ${String(step)}: ${action}`).toBe(cold.json);
      remembered += warm.graph?.remembered ?? 0;
    }
    // the walk is not all full re-resolutions
    expect(remembered).toBeGreaterThan(0);
  });
});
