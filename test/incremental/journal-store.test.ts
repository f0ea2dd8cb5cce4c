import { appendFileSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeEntry } from '../../analyzer/incremental/store/envelope.js';
import { JournalStore } from '../../analyzer/incremental/store/journal.js';
import { tempDir } from './support.js';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const storeFile = (): string => {
  const dir = tempDir('journal-store');
  cleanup.push(dir);
  return join(dir, 'parses.jsonl');
};

/** One run: reads `keys` (each found or parsed anew as `${key}@${version}`), then saves. */
function run(file: string, keys: string[], version = 1): { found: string[] } {
  const store = new JournalStore(file, 'parses');
  const found: string[] = [];
  for (const key of keys) {
    if (store.get(key) !== undefined) found.push(key);
    else store.set(key, `${key}@${version}`);
  }
  store.save();
  return { found };
}

const keys = (n: number, prefix = 'k'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('JournalStore', () => {
  it('gives back what earlier runs stored', () => {
    const file = storeFile();
    expect(run(file, keys(10)).found).toEqual([]);
    expect(run(file, keys(10)).found).toEqual(keys(10));
    expect(new JournalStore(file, 'parses').get('k3')).toBe('k3@1');
  });

  it('appends the new parses of a run and leaves the bytes before them as they were', () => {
    const file = storeFile();
    run(file, keys(100));
    const before = readFileSync(file, 'utf8');
    run(file, [...keys(100), 'new'], 2);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe(`${encodeEntry('parses', { new: 'new@2' })}\n`);
    expect(run(file, [...keys(100), 'new']).found).toHaveLength(101);
  });

  it('writes a run without a new parse nowhere', () => {
    const file = storeFile();
    run(file, keys(20));
    const written = statSync(file).mtimeMs;
    const size = statSync(file).size;
    run(file, keys(20));
    expect(statSync(file).size).toBe(size);
    expect(statSync(file).mtimeMs).toBe(written);
  });

  it('rewrites the file with only what the run used once more than a quarter of it went unused', () => {
    const file = storeFile();
    run(file, keys(100));
    run(file, [...keys(80), 'x'], 2); // 20 unused of 100: appended
    expect(readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(4);
    run(file, [...keys(60), 'x'], 3); // 40 unused of 101: rewritten
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(Object.keys(JSON.parse(lines[1]!) as object).sort()).toEqual([...keys(60), 'x'].sort());
  });

  it('keeps the intact entries of a file cut short, and the next save rewrites it whole', () => {
    const file = storeFile();
    run(file, keys(10));
    const entry = `${encodeEntry('parses', { late: 'late@1' })}\n`;
    appendFileSync(file, entry.slice(0, entry.length - 5));
    expect(run(file, [...keys(10), 'more'], 2).found).toEqual(keys(10));
    expect(run(file, [...keys(10), 'more']).found).toEqual([...keys(10), 'more']);
    expect(readFileSync(file, 'utf8')).not.toContain('late');
  });

  it('reads nothing from entries of another kind or a changed payload', () => {
    const file = storeFile();
    appendFileSync(file, `${encodeEntry('history', { k0: 'k0@0' })}\n`);
    expect(run(file, keys(2)).found).toEqual([]);
    const tampered = readFileSync(file, 'utf8').replace('k1@1', 'k1@9');
    rmSync(file);
    appendFileSync(file, tampered);
    expect(run(file, keys(2)).found).toEqual([]);
  });
});
