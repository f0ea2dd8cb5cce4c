import { existsSync, rmSync } from 'node:fs';
import nodeModule from 'node:module';
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

  it("keeps Node's compiled code in the cache folder where Node can (22.1 and later), and nowhere else", () => {
    const canKeep = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';
    expect(runCli(['analyze', repo, '--cache-dir', join(work, 'compiled'), '--out', join(work, 'out3'), '-q']).status).toBe(0);
    expect(existsSync(join(work, 'compiled', 'node-compile-cache'))).toBe(canKeep);
    expect(existsSync(join(repo, 'node-compile-cache'))).toBe(false);
  });
});
