import { lstatSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FreshFile } from '../../analyzer/report/fresh-file.js';
import { tempDir } from '../incremental/support.js';

const dir = tempDir('fresh-file');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('FreshFile', () => {
  it('puts the pieces in order, however their writes finish', async () => {
    const path = join(dir, 'out.json');
    const file = new FreshFile(path);
    const pieces = Array.from({ length: 200 }, (_, i) => Buffer.alloc(5_000 + i, 97 + (i % 26)));
    file.write('start:');
    for (const piece of pieces) file.write(piece);
    file.write('');
    file.write(':end');
    await file.finish();
    expect(readFileSync(path)).toEqual(Buffer.concat([Buffer.from('start:'), ...pieces, Buffer.from(':end')]));
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces a link at its name rather than writing through it', async () => {
    const target = join(dir, 'user-file.txt');
    writeFileSync(target, 'keep me');
    const path = join(dir, 'report.md');
    symlinkSync(target, path);
    const file = new FreshFile(path);
    file.write('# report');
    await file.finish();
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(lstatSync(path).isSymbolicLink()).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('# report');
  });

  it('cannot be opened in a folder that is not there', () => {
    expect(() => new FreshFile(join(dir, 'missing', 'report.json'))).toThrow(/ENOENT/);
  });
});
