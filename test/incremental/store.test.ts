import { mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry } from '../../analyzer/incremental/store/envelope.js';
import { HistoryDirStore, SNAPSHOTS_KEPT } from '../../analyzer/incremental/store/history-dir.js';
import { defaultCacheDir } from '../../analyzer/incremental/store/location.js';
import { pruneCache, pruneReviewTrees } from '../../analyzer/incremental/store/prune.js';
import { tempDir } from './support.js';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const dir = (): string => {
  const made = tempDir('cache-store');
  cleanup.push(made);
  return made;
};

describe('cache entries', () => {
  it('read back only as the kind, format and version they were written with', () => {
    const text = encodeEntry('history', { a: 1 });
    expect(decodeEntry('history', text)).toEqual({ a: 1 });
    expect(decodeEntry('parses', text)).toBeUndefined();
    expect(decodeEntry('history', encodeEntry('history', { a: 1 }, '0.0.0-other'))).toBeUndefined();
    expect(decodeEntry('history', text.replace('{"a":1}', '{"a":2}'))).toBeUndefined();
    expect(decodeEntry('history', '')).toBeUndefined();
  });

  it('keep the newest few snapshots per repository and options, most recently used first', async () => {
    const store = new HistoryDirStore(join(dir(), 'history'));
    const heads = ['a', 'b', 'c', 'd', 'e'].map((c) => c.repeat(40));
    for (const [i, head] of heads.entries()) {
      await store.save(head, { i });
      const at = new Date(Date.UTC(2030, 0, 1 + i));
      utimesSync(join(store['dir'], `${head}.json`), at, at);
    }
    expect(await store.heads()).toEqual(heads.slice(-SNAPSHOTS_KEPT).reverse());
    expect(await store.load('e'.repeat(40))).toEqual({ i: 4 });
    expect(await store.load('../../etc/passwd')).toBeNull();
  });
});

describe('pruning', () => {
  it('removes other repositories unused for a month, then the least recently used above the size bound', () => {
    const repos = dir();
    const now = Date.UTC(2030, 0, 31);
    const entry = (name: string, day: number, bytes: number): void => {
      mkdirSync(join(repos, name));
      writeFileSync(join(repos, name, 'parses.json'), 'x'.repeat(bytes));
      const at = new Date(Date.UTC(2030, 0, day));
      utimesSync(join(repos, name, 'parses.json'), at, at);
    };
    entry('a'.repeat(24), 1, 10); // old, but the current repository
    entry('b'.repeat(24), 1, 10); // old
    entry('c'.repeat(24), 20, 100); // recent, least recently used of the rest
    entry('d'.repeat(24), 30, 100);
    mkdirSync(join(repos, 'not-ours'));
    pruneCache(repos, 'a'.repeat(24), { maxAgeMs: 15 * 86_400_000, maxBytes: 150, maxTemporaryAgeMs: 3_600_000 }, now);
    expect(readdirSync(repos).sort()).toEqual(['a'.repeat(24), 'd'.repeat(24), 'not-ours']);
  });

  it("removes the temporary files a killed run left in this repository's folder once they are an hour old, and nothing else", () => {
    const repos = dir();
    const now = Date.UTC(2030, 0, 31, 12);
    const current = join(repos, 'a'.repeat(24));
    mkdirSync(join(current, 'history-0123456789abcdef'), { recursive: true });
    const file = (path: string, minutesAgo: number): void => {
      writeFileSync(join(current, path), 'x');
      const at = new Date(now - minutesAgo * 60_000);
      utimesSync(join(current, path), at, at);
    };
    file('parses.jsonl.4242.0a1b2c3d.tmp', 90); // a killed run's, stale
    file('history-0123456789abcdef/abc.json.77.ffff.tmp', 61); // likewise, one folder down
    file('graph.jsonl.4243.0a1b2c3d.tmp', 10); // a run writing now
    file('parses.jsonl', 90_000);
    file('notes.tmp', 90); // not named as a write in progress is
    pruneCache(repos, 'a'.repeat(24), { maxAgeMs: 15 * 86_400_000, maxBytes: 1e9, maxTemporaryAgeMs: 3_600_000 }, now);
    expect(readdirSync(current, { recursive: true, encoding: 'utf8' }).sort()).toEqual(['graph.jsonl.4243.0a1b2c3d.tmp', 'history-0123456789abcdef', 'notes.tmp', 'parses.jsonl']);
  });
});

describe('pruning review trees', () => {
  it('removes the other repositories\' trees no review wrote for 30 days (by their manifest), with their manifests, and keeps the current one however old', () => {
    const trees = dir();
    const now = Date.UTC(2030, 2, 31);
    const tree = (name: string, day: number | null, folderDay: number): void => {
      mkdirSync(join(trees, name, 'src'), { recursive: true });
      writeFileSync(join(trees, name, 'src', 'a.ts'), 'export {};\n');
      const folderAt = new Date(Date.UTC(2030, 2, folderDay));
      utimesSync(join(trees, name), folderAt, folderAt);
      if (day === null) return;
      writeFileSync(join(trees, `${name}.manifest.json`), '{}');
      const at = new Date(Date.UTC(2030, 2, day));
      utimesSync(join(trees, `${name}.manifest.json`), at, at);
    };
    tree('a'.repeat(24), 1, 1); // the current repository's: kept, whatever its age
    tree('b'.repeat(24), 1, 30); // manifest 30 days old: goes, though its folder was touched since
    tree('c'.repeat(24), 2, 2); // 29 days: stays
    tree('d'.repeat(24), null, 1); // no manifest (a review cut short), folder 30 days old: goes
    tree('e'.repeat(24), null, 20); // no manifest, recent folder: stays
    mkdirSync(join(trees, 'not-ours'));
    pruneReviewTrees(trees, 'a'.repeat(24), 30 * 86_400_000 - 1, now);
    expect(readdirSync(trees).sort()).toEqual(['a'.repeat(24), `${'a'.repeat(24)}.manifest.json`, 'c'.repeat(24), `${'c'.repeat(24)}.manifest.json`, 'e'.repeat(24), 'not-ours']);
  });
});

describe('location', () => {
  it('is $XDG_CACHE_HOME/blastmap when absolute, else ~/.cache/blastmap', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/xdg' }, '/home/u')).toBe('/xdg/blastmap');
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'relative' }, '/home/u')).toBe('/home/u/.cache/blastmap');
    expect(defaultCacheDir({}, '/home/u')).toBe('/home/u/.cache/blastmap');
  });
});
