import type { CommitRecord, FileChange } from './commit-record.js';
import { isHeaderToken, parseHeader } from './log-format.js';

/**
 * Turns the byte stream of `git log --raw --numstat -z` into commit records, one at a time: it
 * holds one commit, never the history. Layout per commit (tokens end with NUL):
 *   header (\x1e fields \x1f body), then `\n` before the first diff token,
 *   raw:     ":<mode> <mode> <sha> <sha> <status>" then one path (two for R/C),
 *   numstat: "<added>\t<deleted>\t<path>" or "<added>\t<deleted>\t" then two paths (rename).
 * A record is complete only when the next header or the end of a successful stream arrives.
 */
type Expect =
  | { kind: 'item' }
  | { kind: 'raw-paths'; status: string; paths: string[]; need: number }
  | { kind: 'numstat-paths'; added: string; deleted: string; paths: string[] };

const RAW = /^:\d+ \d+ [0-9a-f]+\.*\s[0-9a-f]+\.*\s([A-Z])\d*$/;
const NUMSTAT = /^(\d+|-)\t(\d+|-)\t([\s\S]*)$/;

export class LogParser {
  private rest: Buffer | null = null;
  private current: CommitRecord | null = null;
  private expect: Expect = { kind: 'item' };
  private numstatIndex = 0;
  /** tokens that fit no shape: a sign the format drifted, never silently dropped by callers */
  unexpectedTokens = 0;

  constructor(private readonly onCommit: (commit: CommitRecord) => void) {}

  push(chunk: Buffer): void {
    const data = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
    let start = 0;
    for (let nul = data.indexOf(0, start); nul >= 0; nul = data.indexOf(0, start)) {
      this.token(data.toString('utf8', start, nul));
      start = nul + 1;
    }
    this.rest = start < data.length ? Buffer.from(data.subarray(start)) : null;
  }

  /** End of a complete stream: the last record is whole. */
  finish(): void {
    if (this.rest && this.rest.length > 0) this.token(this.rest.toString('utf8'));
    this.rest = null;
    this.flush();
  }

  /** The stream broke: the record being read may be missing files, so it is dropped. */
  abandon(): CommitRecord | null {
    const dropped = this.current;
    this.current = null;
    this.rest = null;
    return dropped;
  }

  private flush(): void {
    if (this.current) this.onCommit(this.current);
    this.current = null;
  }

  private token(raw: string): void {
    const expect = this.expect;
    if (expect.kind === 'raw-paths') {
      expect.paths.push(raw);
      if (expect.paths.length === expect.need) this.addRaw(expect.status, expect.paths);
      return;
    }
    if (expect.kind === 'numstat-paths') {
      expect.paths.push(raw);
      if (expect.paths.length === 2) this.addNumstat(expect.added, expect.deleted, expect.paths[1] as string);
      return;
    }
    if (isHeaderToken(raw)) {
      this.flush();
      this.current = parseHeader(raw);
      this.numstatIndex = 0;
      return;
    }
    const text = raw.startsWith('\n') ? raw.slice(1) : raw;
    const rawMatch = RAW.exec(text);
    if (rawMatch) {
      const status = rawMatch[1] as string;
      this.expect = { kind: 'raw-paths', status, paths: [], need: status === 'R' || status === 'C' ? 2 : 1 };
      return;
    }
    const numstat = NUMSTAT.exec(text);
    if (numstat) {
      const [, added = '-', deleted = '-', path = ''] = numstat;
      if (path === '') this.expect = { kind: 'numstat-paths', added, deleted, paths: [] };
      else this.addNumstat(added, deleted, path);
      return;
    }
    if (text.length > 0) this.unexpectedTokens++;
  }

  private addRaw(status: string, paths: string[]): void {
    this.expect = { kind: 'item' };
    if (!this.current) return;
    const [first = '', second] = paths;
    const change: FileChange = second === undefined
      ? { status, fromPath: null, path: first, added: 0, deleted: 0, binary: false }
      : { status, fromPath: first, path: second, added: 0, deleted: 0, binary: false };
    this.current.changes.push(change);
  }

  /** numstat entries follow the raw entries in the same order; the path check guards that. */
  private addNumstat(added: string, deleted: string, path: string): void {
    this.expect = { kind: 'item' };
    if (!this.current) return;
    const changes = this.current.changes;
    let change = changes[this.numstatIndex];
    if (!change || change.path !== path) change = changes.find((c) => c.path === path);
    this.numstatIndex++;
    if (!change) {
      this.unexpectedTokens++;
      return;
    }
    change.binary = added === '-' || deleted === '-';
    change.added = change.binary ? 0 : Number.parseInt(added, 10);
    change.deleted = change.binary ? 0 : Number.parseInt(deleted, 10);
  }
}
