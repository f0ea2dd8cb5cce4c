import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRepo, fixtureEnv, git, HISTORY_FIXTURE_STEPS, PEOPLE } from '../../scripts/fixtures/history-fixture.js';
import { addCommits, commit, run, tempDir } from './support.js';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fixture(extra: Parameters<typeof buildRepo>[1] = []): { repo: string; cacheDir: string } {
  const repo = buildRepo(tempDir('cache-repo'), [...HISTORY_FIXTURE_STEPS, ...extra]);
  const cacheDir = tempDir('cache-dir');
  cleanup.push(repo, cacheDir);
  return { repo, cacheDir };
}

function cacheFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** The cached run after `change` must equal a run without any cache. */
async function expectSameAsCold(repo: string, cacheDir: string): Promise<Awaited<ReturnType<typeof run>>> {
  const warm = await run(repo, cacheDir);
  const cold = await run(repo, null);
  expect(warm.json).toBe(cold.json);
  return warm;
}

describe('history that cannot be continued falls back to a cold run with the same report', () => {
  it('rewritten history (HEAD replaced): read from scratch', async () => {
    const { repo, cacheDir } = fixture();
    await run(repo, cacheDir);
    const home = tempDir('home');
    cleanup.push(home);
    git(repo, ['reset', '-q', '--hard', 'HEAD~1'], fixtureEnv(home));
    addCommits(repo, [commit('2025-02-01', { write: { 'src/core/a.ts': ['rewritten'] } })]);
    const warm = await expectSameAsCold(repo, cacheDir);
    expect(warm.history).toMatchObject({ mode: 'cold', base: null });
  });

  it('a merge of a branch that forked before the cached HEAD: read from scratch (log order could interleave)', async () => {
    const { repo, cacheDir } = fixture([{ kind: 'branch', name: 'side' }, { kind: 'checkout', name: 'main' }, commit('2025-01-02', { write: { 'src/main-only.ts': ['export {};'] } })]);
    await run(repo, cacheDir);
    addCommits(repo, [
      { kind: 'checkout', name: 'side' },
      commit('2025-01-01', { write: { 'src/side.ts': ['export const side = 1;'] } }),
      { kind: 'checkout', name: 'main' },
      { kind: 'merge', branch: 'side', date: '2025-01-03T10:00:00+00:00', author: { name: 'Bob Builder', email: 'bob@example.com' }, message: 'Merge side' },
    ]);
    const warm = await expectSameAsCold(repo, cacheDir);
    expect(warm.history?.mode).toBe('cold');
  });

  it('a merge of a branch started at the cached HEAD, all newer: continued', async () => {
    const { repo, cacheDir } = fixture();
    await run(repo, cacheDir);
    addCommits(repo, [
      { kind: 'branch', name: 'topic' },
      commit('2025-01-02', { write: { 'src/topic.ts': ["import './core/a';"] }, rename: [['src/lib/c2.ts', 'src/lib/c3.ts']] }),
      { kind: 'checkout', name: 'main' },
      commit('2025-01-03', { write: { 'src/core/a.ts': ['a'] } }),
      { kind: 'merge', branch: 'topic', date: '2025-01-04T10:00:00+00:00', author: { name: 'Bob Builder', email: 'bob@example.com' }, message: 'Merge topic' },
    ]);
    const warm = await expectSameAsCold(repo, cacheDir);
    expect(warm.history).toMatchObject({ mode: 'incremental', commitsRead: 2 });
  });

  it('a path deleted before the cached HEAD and added again after it: read from scratch (it owns the old history)', async () => {
    const { repo, cacheDir } = fixture([commit('2025-01-01', { remove: ['src/lib/c2.ts'] })]);
    await run(repo, cacheDir);
    addCommits(repo, [commit('2025-01-02', { write: { 'src/lib/c2.ts': ['back again'] } })]);
    const warm = await expectSameAsCold(repo, cacheDir);
    expect(warm.history).toMatchObject({ mode: 'cold', reason: expect.stringContaining('src/lib/c2.ts') });
  });

  it('a changed .mailmap renames people in every old commit: read from scratch', async () => {
    const { repo, cacheDir } = fixture();
    await run(repo, cacheDir);
    addCommits(repo, [commit('2025-01-02', { write: { '.mailmap': ['Alice A. <alice@example.com> <bob@example.com>'] } })]);
    const warm = await expectSameAsCold(repo, cacheDir);
    expect(warm.history?.mode).toBe('cold');
  });

  it('a .gitattributes that turns a file\'s diff off makes its line counts "-" in every old commit: read from scratch', async () => {
    const { repo, cacheDir } = fixture();
    const linesAdded = (json: string): number | undefined => (JSON.parse(json) as { modules: { path: string; history?: { linesAdded: number } }[] }).modules.find((m) => m.path === 'src/core/a.ts')?.history?.linesAdded;
    const before = linesAdded((await run(repo, cacheDir)).json);
    addCommits(repo, [commit('2025-01-02', { write: { 'src/core/.gitattributes': ['a.ts -diff'] } })]);
    const warm = await expectSameAsCold(repo, cacheDir);
    expect(warm.history?.mode).toBe('cold');
    // the attribute took effect: the lines of the commits made at this path no longer count (those
    // made before it moved here, as src/a.ts, still do)
    expect(before).toBe(10);
    expect(linesAdded(warm.json)).toBe(5);
  });

  it('deletions, a file staged but not committed, and several commits: continued', async () => {
    const { repo, cacheDir } = fixture();
    await run(repo, cacheDir);
    addCommits(repo, [
      commit('2025-01-02', { remove: ['src/e.ts', 'src/b.ts'], write: { 'src/core/a.ts': ['x'] } }),
      commit('2025-01-03', { rename: [['src/core/a.ts', 'src/core/a2.ts']] }),
      // src/b.ts comes back: one file with its old history, created by its first author
      { ...commit('2025-01-04', { rename: [['src/core/a2.ts', 'src/core/a.ts']], write: { 'src/lib/b.ts': ['y'], 'src/b.ts': ['again'] } }), author: PEOPLE.bob },
    ]);
    writeFileSync(join(repo, 'src/staged.ts'), "import './core/a';\n");
    const home = tempDir('home');
    cleanup.push(home);
    git(repo, ['add', 'src/staged.ts'], fixtureEnv(home));
    const warm = await expectSameAsCold(repo, cacheDir);
    expect(warm.history).toMatchObject({ mode: 'incremental', commitsRead: 3 });
  });
});

describe('a cache that cannot be trusted is ignored', () => {
  const damage: [string, (text: string) => string][] = [
    ['corrupt (garbage)', () => 'not a cache file'],
    ['cut short', (text) => text.slice(0, Math.floor(text.length / 2))],
    ['payload edited (digest no longer matches)', (text) => text.replace(/\n([^\d]*)(\d)/, (_all, before: string, digit: string) => `\n${before}${(Number(digit) + 1) % 10}`)],
    ['from another blastmap version', (text) => text.replace(/"toolVersion":"[^"]*"/, '"toolVersion":"0.0.0-other"')],
    ['in an unknown format', (text) => text.replace(/"format":\d+/, '"format":999')],
  ];

  it.each(damage)('%s: same report as cold, everything read and parsed again, no crash', async (_name, edit) => {
    const { repo, cacheDir } = fixture();
    const first = await run(repo, cacheDir);
    for (const file of cacheFiles(cacheDir)) writeFileSync(file, edit(readFileSync(file, 'utf8')));
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe(first.json);
    expect(warm.history?.mode).toBe('cold');
    expect(warm.graph?.reused).toBe(0);
    // and the next run trusts what this one wrote
    expect((await run(repo, cacheDir)).history?.mode).toBe('incremental');
  });
});

describe('options and location', () => {
  it('another --since window is another entry, not served from the first', async () => {
    const { repo, cacheDir } = fixture();
    await run(repo, cacheDir, { since: '2024-06-01T00:00:00.000Z' });
    expect((await run(repo, cacheDir, { since: '2024-06-01T00:00:00.000Z' })).history?.mode).toBe('incremental');
    const other = await run(repo, cacheDir, { since: '2024-09-01T00:00:00.000Z' });
    expect(other.history?.mode).toBe('cold');
    expect(other.json).toBe((await run(repo, null, { since: '2024-09-01T00:00:00.000Z' })).json);
  });

  it('"now" and activityDays are applied at finalize: a cached run with another --now equals a cold one', async () => {
    const { repo, cacheDir } = fixture();
    await run(repo, cacheDir);
    const warm = await run(repo, cacheDir, { now: '2026-06-01T00:00:00.000Z', activityDays: 30 });
    expect(warm.history?.mode).toBe('incremental');
    expect(warm.json).toBe((await run(repo, null, { now: '2026-06-01T00:00:00.000Z', activityDays: 30 })).json);
  });

  it('a cache folder inside the analyzed repository is never used', async () => {
    const { repo } = fixture();
    const inside = await run(repo, join(repo, '.blastmap-cache'));
    expect(inside.history).toBeUndefined();
    expect(readdirSync(repo)).not.toContain('.blastmap-cache');
  });

  it('the report does not say where the cache is', async () => {
    const { repo, cacheDir } = fixture();
    const { report } = await run(repo, cacheDir);
    expect(report.options).not.toHaveProperty('cacheDir');
  });
});
