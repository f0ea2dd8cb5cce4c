import { describe, expect, it } from 'vitest';
import type { CommitRecord } from '../../analyzer/history/commit-record.js';
import { LogParser } from '../../analyzer/history/log-parser.js';

const SHA1 = 'a'.repeat(40);
const SHA2 = 'b'.repeat(40);

function header(sha: string, time: number, message: string): string {
  return `\x1e${[sha, String(time), 'Ann', 'ann@x', 'Ann (aider)', 'ann@x', 'Com', 'com@x', message].join('\x1f')}\0`;
}

/** What git prints for two commits: odd paths, a rename, a binary file, a body with separators. */
const LOG =
  header(SHA1, 1700000000, 'Odd \x1e body\x1f with separators\n\nKey: v\n') +
  '\n:100644 100644 1111111 2222222 M\0tab\there.ts\0' +
  ':100644 100644 3333333 4444444 R087\0old name.ts\0new\nline ünï.ts\0' +
  ':000000 100644 0000000 5555555 A\0:colon.png\0' +
  '3\t1\ttab\there.ts\0' +
  '2\t0\t\0old name.ts\0new\nline ünï.ts\0' +
  '-\t-\t:colon.png\0' +
  header(SHA2, 1600000000, 'Empty commit\n');

function parseAll(chunks: Buffer[]): CommitRecord[] {
  const commits: CommitRecord[] = [];
  const parser = new LogParser((c) => commits.push(c));
  for (const chunk of chunks) parser.push(chunk);
  parser.finish();
  expect(parser.unexpectedTokens).toBe(0);
  return commits;
}

describe('LogParser', () => {
  const bytes = Buffer.from(LOG, 'utf8');

  it('reads headers, raw statuses and numstat, -z paths included', () => {
    const [first, second] = parseAll([bytes]);
    expect(first).toMatchObject({ sha: SHA1, authorTime: 1700000000, authorName: 'Ann', rawAuthorName: 'Ann (aider)', committerEmail: 'com@x', message: 'Odd \x1e body\x1f with separators\n\nKey: v\n' });
    expect(first?.changes).toEqual([
      { status: 'M', fromPath: null, path: 'tab\there.ts', added: 3, deleted: 1, binary: false },
      { status: 'R', fromPath: 'old name.ts', path: 'new\nline ünï.ts', added: 2, deleted: 0, binary: false },
      { status: 'A', fromPath: null, path: ':colon.png', added: 0, deleted: 0, binary: true },
    ]);
    expect(second).toMatchObject({ sha: SHA2, message: 'Empty commit\n', changes: [] });
  });

  it('gives the same records however the stream is cut, even inside a UTF-8 character', () => {
    const whole = parseAll([bytes]);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(parseAll([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(whole);
    }
    expect(parseAll([...bytes].map((b) => Buffer.from([b])))).toEqual(whole);
  });

  it('drops the record being read when the stream breaks', () => {
    const commits: CommitRecord[] = [];
    const parser = new LogParser((c) => commits.push(c));
    const cut = LOG.indexOf('3\t1\t');
    parser.push(Buffer.from(LOG.slice(0, cut)));
    expect(parser.abandon()?.sha).toBe(SHA1);
    expect(commits).toEqual([]);
  });
});
