import { describe, expect, it } from 'vitest';
import { BatchParser, type ObjectHeader } from '../../../analyzer/history/provenance/batch-parser.js';

const OID = 'c'.repeat(40);

function parse(output: Buffer, count: number, withContent: boolean, chunk: number): { headers: ObjectHeader[]; contents: string[]; ended: number[] } {
  const headers: ObjectHeader[] = [];
  const contents: string[] = [];
  const ended: number[] = [];
  const parser = new BatchParser(count, withContent, {
    start: (i, header) => {
      headers[i] = header;
      contents[i] = '';
    },
    data: (i, bytes) => (contents[i] += bytes.toString('utf8')),
    end: (i) => ended.push(i),
  });
  for (let at = 0; at < output.length; at += chunk) parser.push(output.subarray(at, at + chunk));
  expect(parser.done).toBe(true);
  return { headers, contents, ended };
}

describe('git cat-file --batch output, however it is cut', () => {
  // content holding newlines and what looks like a header; an empty blob; a request git did not find
  const tricky = `x\n${OID} blob 1\n`;
  const output = Buffer.from(`${OID} blob ${tricky.length}\n${tricky}\n${OID} blob 0\n\nHEAD:gone missing\nrest`);

  it.each([1, 2, 7, 1000])('reads objects and missing requests in order (chunks of %i bytes)', (chunk) => {
    const { headers, contents, ended } = parse(output, 3, true, chunk);
    expect(headers).toEqual([{ found: true, type: 'blob', size: tricky.length }, { found: true, type: 'blob', size: 0 }, { found: false }]);
    expect(contents).toEqual([tricky, '', '']);
    expect(ended).toEqual([0, 1, 2]);
  });

  it('reads --batch-check headers without content', () => {
    const check = Buffer.from(`${OID} blob 5\n${OID} tree 40\nHEAD:gone missing\n`);
    expect(parse(check, 3, false, 3).headers).toEqual([{ found: true, type: 'blob', size: 5 }, { found: true, type: 'tree', size: 40 }, { found: false }]);
  });
});
