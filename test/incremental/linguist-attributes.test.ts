import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRepo, PEOPLE } from '../../scripts/fixtures/history-fixture.js';
import { run, tempDir } from './support.js';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('a warm run and linguist-generated=false', () => {
  it('reads a file the attribute takes back, instead of giving the verdict its unchanged stamp remembers', async () => {
    const repo = buildRepo(tempDir('linguist-attr'), [{
      kind: 'commit', date: '2024-01-10T10:00:00+00:00', author: PEOPLE.alice, message: 'Start\n',
      write: { 'gen.ts': ['// @generated once by a script, edited by hand since', 'export const g = 1;'], 'a.ts': ["import { g } from './gen';", 'export const a = g;'] },
    }]);
    const cacheDir = tempDir('linguist-attr-cache');
    cleanup.push(repo, cacheDir);
    await sleep(2_100); // past the window in which a stamp is not trusted
    const isModule = (r: Awaited<ReturnType<typeof run>>): boolean => r.report.modules.some((m) => m.path === 'gen.ts');

    expect(isModule(await run(repo, cacheDir))).toBe(false);
    writeFileSync(join(repo, '.gitattributes'), 'gen.ts -linguist-generated\n');
    const taken = await run(repo, cacheDir);
    expect(isModule(taken)).toBe(true);
    expect(taken.json).toBe((await run(repo, null)).json);

    rmSync(join(repo, '.gitattributes'));
    const again = await run(repo, cacheDir);
    expect(isModule(again)).toBe(false);
    expect(again.json).toBe((await run(repo, null)).json);
  });
});
