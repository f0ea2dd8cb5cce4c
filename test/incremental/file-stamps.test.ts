import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { FileStamps } from '../../analyzer/incremental/graph/file-stamps.js';
import { Memory } from '../../analyzer/incremental/memory.js';
import { buildRepo } from '../../scripts/fixtures/history-fixture.js';
import { RISK_FIXTURE_STEPS } from '../../scripts/fixtures/risk-fixture.js';
import { run, tempDir } from './support.js';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A run's memory that counts what it is asked to keep. */
class CountingMemory extends Memory {
  keeps = 0;
  override keep(...args: Parameters<Memory['keep']>): void {
    this.keeps += 1;
    super.keep(...args);
  }
}

describe('file stamps', () => {
  const dir = tempDir('stamps');
  cleanup.push(dir);
  const file = join(dir, 'a.ts');
  writeFileSync(file, 'export const a = 1;\n');
  const later = (): number => statSync(file).ctimeMs + 10_000;

  const memoryDir = tempDir('stamps-memory');
  cleanup.push(memoryDir);

  it('give back what a file gave while its stamp is the same, and nothing once it is written again', () => {
    const first = new CountingMemory(memoryDir);
    const stamps = new FileStamps(first, later());
    const { stamp } = stamps.lookup('a.ts', file, 1000);
    expect(stamp).not.toBeNull();
    stamps.record('a.ts', 1000, stamp, { key: 'k1' });
    expect(first.keeps).toBe(1);
    first.save();
    const second = new CountingMemory(memoryDir);
    const again = new FileStamps(second, later());
    expect(again.lookup('a.ts', file, 1000).result).toEqual({ key: 'k1' });
    // the same reading again is not stored again
    again.record('a.ts', 1000, stamp, { key: 'k1' });
    expect(second.keeps).toBe(0);
    // another size cap is another reading
    expect(again.lookup('a.ts', file, 999).result).toBeNull();
    const mtime = statSync(file).mtime;
    writeFileSync(file, 'export const b = 2;\n');
    utimesSync(file, mtime, mtime); // same size, same mtime: only ctime tells
    expect(new FileStamps(new Memory(memoryDir), later()).lookup('a.ts', file, 1000).result).toBeNull();
  });

  it('remember nothing of a file written within two seconds of being read', () => {
    const stamps = new FileStamps(new Memory(memoryDir), statSync(file).ctimeMs + 500);
    expect(stamps.lookup('a.ts', file, 1000).stamp).toBeNull();
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
