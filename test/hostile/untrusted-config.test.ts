import { describe, expect, it } from 'vitest';
import { buildUntrustedConfigFixture } from '../../scripts/fixtures/hostile/untrusted-config.js';
import { analyzedOnce } from './support/analyzed-once.js';

const fixture = analyzedOnce('config', (b) => buildUntrustedConfigFixture(b.repo, b.canaries));
const { box } = fixture;

describe("a repository whose own git config names programs", () => {
  it('runs none of them (no canary fired) and changes nothing, .git/config included', () => {
    // analyzeHostile has checked canaries, status, config bytes and the whole sandbox tree
    expect(box.canaries.fired()).toEqual([]);
  });

  it('still reads the history, with line counts from the real contents, not a textconv', () => {
    const a = fixture.report.modules.find((m) => m.path === 'a.ts');
    expect(a?.history).toMatchObject({ commits: 2, linesAdded: 3, linesDeleted: 1 });
    expect(fixture.report.edges.map((e) => `${e.source} -> ${e.target}`)).toEqual(['a.ts -> b.ts']);
  });

  it('is a fixture that would fire: the canaries do run when git is not hardened', async () => {
    const { execFileSync } = await import('node:child_process');
    execFileSync('git', ['log', '-p', '-1', '--', 'a.ts'], { cwd: box.repo, env: { PATH: process.env.PATH, HOME: box.home, GIT_CONFIG_NOSYSTEM: '1', GIT_PAGER: '' }, stdio: 'ignore' });
    expect(box.canaries.fired()).toContain('textconv');
  });
});
