import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { KeyedCache } from '../../analyzer/core/run-cache.js';
import { FileStamps } from '../../analyzer/graph/file-stamps.js';
import { buildRepo } from '../../scripts/fixtures/history-fixture.js';
import { RISK_FIXTURE_STEPS } from '../../scripts/fixtures/risk-fixture.js';
import { run, tempDir } from './support.js';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Values kept as JSON text, as the journal on disk keeps them; counts what a run stores. */
class MemoryStore implements KeyedCache {
  readonly values = new Map<string, string>();
  sets = 0;
  get(key: string): unknown {
    const text = this.values.get(key);
    return text === undefined ? undefined : JSON.parse(text);
  }
  set(key: string, value: unknown): void {
    this.values.set(key, JSON.stringify(value));
    this.sets += 1;
  }
}

describe('file stamps', () => {
  const dir = tempDir('stamps');
  cleanup.push(dir);
  const file = join(dir, 'a.ts');
  writeFileSync(file, 'export const a = 1;\n');
  const later = (): number => statSync(file).ctimeMs + 10_000;

  it('give back what a file gave while its stamp is the same, and nothing once it is written again', () => {
    const memo = new MemoryStore();
    const first = new FileStamps(memo, 1000, later());
    const { stamp } = first.lookup('a.ts', file);
    expect(stamp).not.toBeNull();
    first.record('a.ts', stamp, { key: 'k1' });
    const second = new FileStamps(memo, 1000, later());
    expect(second.lookup('a.ts', file).result).toEqual({ key: 'k1' });
    // the same reading again is not stored again
    second.record('a.ts', stamp, { key: 'k1' });
    expect(memo.sets).toBe(1);
    // another size cap is another reading
    expect(new FileStamps(memo, 999, later()).lookup('a.ts', file).result).toBeNull();
    const mtime = statSync(file).mtime;
    writeFileSync(file, 'export const b = 2;\n');
    utimesSync(file, mtime, mtime); // same size, same mtime: only ctime tells
    expect(new FileStamps(memo, 1000, later()).lookup('a.ts', file).result).toBeNull();
  });

  it('remember nothing of a file written within two seconds of being read', () => {
    const memo = new MemoryStore();
    const stamps = new FileStamps(memo, 1000, statSync(file).ctimeMs + 500);
    expect(stamps.lookup('a.ts', file).stamp).toBeNull();
  });

  it('skip reading unchanged files in a real run, and a rewritten file is read again', async () => {
    const repo = buildRepo(tempDir('stamps-repo'), RISK_FIXTURE_STEPS);
    const cacheDir = tempDir('stamps-cache');
    cleanup.push(repo, cacheDir);
    await sleep(2_100);
    const cold = await run(repo, cacheDir);
    const warm = await run(repo, cacheDir);
    expect(warm.json).toBe(cold.json);
    expect(warm.graph).toMatchObject({ read: 0, parsed: 0 });
    const hub = join(repo, 'src/core/owned-hub.ts');
    const mtime = statSync(hub).mtime;
    writeFileSync(hub, readFileSync(hub, 'utf8').replace('return s;', 'return t;').replace('(s: string)', '(t: string)'));
    utimesSync(hub, mtime, mtime);
    const after = await run(repo, cacheDir);
    expect(after.graph).toMatchObject({ read: 1, parsed: 1 });
    expect(after.json).toBe((await run(repo, null)).json);
  });
});
