/**
 * `git blame --porcelain` read for what the mapping needs: for every line of the file at HEAD, the
 * commit that last wrote it, its line number in that commit, and the file's name there. Each line
 * has a header `<commit> <line in commit> <line now>[ <lines in group>]` and its text after a
 * tab; `filename <path>` follows the header the first time a commit appears (and again whenever
 * that commit is seen under more than one name), so the name is kept per commit.
 */
export interface BlamedLine {
  commit: string;
  /** 1-based line number in that commit's version of the file */
  line: number;
  /** root-relative path in that commit */
  path: string;
}

const HEADER = /^([0-9a-f]{40}|[0-9a-f]{64}) (\d+) (\d+)(?: \d+)?$/;

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** git's C-style quoting of a path holding a control character, `"` or `\` (quote.c, unquote_c_style). */
export function unquotePath(text: string): string {
  if (!(text.length >= 2 && text.startsWith('"') && text.endsWith('"'))) return text;
  const bytes: number[] = [];
  const body = Buffer.from(text.slice(1, -1), 'utf8');
  for (let i = 0; i < body.length; i++) {
    const byte = body[i] as number;
    if (byte !== 0x5c) {
      bytes.push(byte);
      continue;
    }
    const next = String.fromCharCode(body[i + 1] ?? 0);
    const octal = /^[0-3][0-7][0-7]$/.test(body.subarray(i + 1, i + 4).toString('latin1'));
    if (octal) {
      bytes.push(Number.parseInt(body.subarray(i + 1, i + 4).toString('latin1'), 8));
      i += 3;
    } else if (next in ESCAPES) {
      bytes.push(ESCAPES[next] as number);
      i += 1;
    } else bytes.push(byte);
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Calls `onLine` for each line of the file, in order; returns how many there were, or why the output made no sense. */
export function readBlame(porcelain: string, onLine: (line: BlamedLine) => void): number | string {
  const names = new Map<string, string>();
  let pending: { commit: string; line: number } | null = null;
  let count = 0;
  const rows = porcelain.split('\n');
  for (const row of rows) {
    if (row.startsWith('\t')) {
      if (pending === null) return 'a line of text without a header';
      const path = names.get(pending.commit);
      if (path === undefined) return `no filename for commit ${pending.commit}`;
      onLine({ commit: pending.commit, line: pending.line, path });
      count += 1;
      pending = null;
      continue;
    }
    const header = HEADER.exec(row);
    if (header) {
      pending = { commit: header[1] as string, line: Number(header[2]) };
      continue;
    }
    if (row.startsWith('filename ')) {
      if (pending === null) return 'a filename without a header';
      names.set(pending.commit, unquotePath(row.slice('filename '.length)));
    }
    // author, committer, summary, previous, boundary…: not needed here
  }
  if (pending !== null) return 'a header without its line';
  return count;
}
