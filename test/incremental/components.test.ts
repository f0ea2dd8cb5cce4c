import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { COMPONENT_FIXTURE_FILES } from '../../scripts/fixtures/component-fixture.js';
import { buildRepo, PEOPLE } from '../../scripts/fixtures/history-fixture.js';
import { addCommits, commit, run, tempDir } from './support.js';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fixture(): { repo: string; cacheDir: string } {
  const repo = buildRepo(tempDir('components-repo'), [{ kind: 'commit', date: '2024-03-01T10:00:00Z', author: PEOPLE.alice, message: 'Components\n', write: COMPONENT_FIXTURE_FILES }]);
  const cacheDir = tempDir('components-cache');
  cleanup.push(repo, cacheDir);
  return { repo, cacheDir };
}

const edgesOf = (json: string): string[] => (JSON.parse(json) as { edges: Array<{ source: string; target: string }> }).edges.map((e) => `${e.source} -> ${e.target}`);

describe('warm runs of a repository with components', () => {
  it('with nothing new give the byte-identical report, parsing nothing', async () => {
    const { repo, cacheDir } = fixture();
    const cold = await run(repo, cacheDir);
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe(cold.json);
    expect(warm.graph).toMatchObject({ parsed: 0 });
  }, 120_000);

  it('after a commit that edits, adds and renames components, equal a cold run', async () => {
    const { repo, cacheDir } = fixture();
    await run(repo, cacheDir);
    addCommits(repo, [
      commit('2025-01-05', {
        write: {
          'src/App.vue': ['<template><AutoCard /><Gone /></template>', '<script setup lang="ts">', "import { upper } from '@/utils/format';", '</script>'],
          'src/components/Gone.vue': ['<script setup>', "import { track } from '../utils/analytics';", '</script>'],
        },
        rename: [['src/lib/Counter.svelte', 'src/lib/Count.svelte']],
      }),
    ]);
    const warm = await run(repo, cacheDir);
    const cold = await run(repo, null);
    expect(warm.json).toBe(cold.json);
    // <Gone /> now names a file the declaration maps; Counter.svelte's importers now miss it
    expect(edgesOf(cold.json)).toContain('src/App.vue -> src/components/Gone.vue');
    expect(edgesOf(cold.json).some((e) => e.includes('Count.svelte'))).toBe(true);
    // App.vue, Gone.vue, the renamed Count.svelte
    expect(warm.graph?.parsed).toBe(3);
  }, 120_000);

  it('after a commit that edits only the auto-import declaration (no module), equal a cold run', async () => {
    const { repo, cacheDir } = fixture();
    const before = await run(repo, cacheDir);
    const declaration = (COMPONENT_FIXTURE_FILES['components.d.ts'] as string[]).map((line) => line.replace("'./src/components/AutoCard.vue'", "'./src/components/Hello.vue'"));
    addCommits(repo, [commit('2025-01-05', { write: { 'components.d.ts': declaration } })]);
    const warm = await run(repo, cacheDir);
    const cold = await run(repo, null);
    expect(warm.json).toBe(cold.json);
    expect(edgesOf(before.json)).toContain('src/App.vue -> src/components/AutoCard.vue');
    expect(edgesOf(cold.json)).not.toContain('src/App.vue -> src/components/AutoCard.vue');
    expect(warm.graph?.parsed).toBe(0);
  }, 120_000);
});
