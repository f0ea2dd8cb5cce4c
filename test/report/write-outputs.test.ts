import { describe, expect, it } from 'vitest';
import { notWritten } from '../../analyzer/report/write-outputs.js';

describe('notWritten', () => {
  const batch = [Buffer.from('abc'), Buffer.from('de'), Buffer.from('fghi')];
  const text = (buffers: Buffer[]) => Buffer.concat(buffers).toString();

  it('is nothing after a whole write', () => {
    expect(notWritten(batch, 9)).toEqual([]);
  });

  it('goes on from the first byte not written, inside a buffer or at its start', () => {
    expect(text(notWritten(batch, 0))).toBe('abcdefghi');
    expect(text(notWritten(batch, 2))).toBe('cdefghi');
    expect(text(notWritten(batch, 3))).toBe('defghi');
    expect(text(notWritten(batch, 6))).toBe('ghi');
    expect(notWritten(batch, 5)[0]).toBe(batch[2]);
  });
});
