import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../incremental/support.js';
import { buildComponentFixture } from '../../scripts/fixtures/component-fixture.js';
import { buildGraphFixture } from '../../scripts/fixtures/graph-fixture.js';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The framework compilers a graph of `repo` loads, heard by module-resolution hooks in a process of its own. */
function compilersLoaded(repo: string): string[] {
  const log = join(tempDir('compiler-log'), 'loads.txt');
  cleanup.push(repo, join(log, '..'));
  const support = join(import.meta.dirname, 'support');
  execFileSync(process.execPath, ['--import', join(support, 'register-load-log.mjs'), '--import', 'tsx', join(support, 'graph-of.ts'), repo], {
    env: { ...process.env, COMPONENT_LOAD_LOG: log },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return existsSync(log) ? [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))].sort() : [];
}

describe('the frameworks compilers load only with components', () => {
  it('a repository without components loads none', () => {
    expect(compilersLoaded(buildGraphFixture())).toEqual([]);
  }, 120_000);

  it('a repository with Vue, Svelte and Astro components loads the three (so the hooks do hear them)', () => {
    expect(compilersLoaded(buildComponentFixture())).toEqual(['@astrojs/compiler', '@vue/compiler-sfc', 'svelte']);
  }, 120_000);
});
