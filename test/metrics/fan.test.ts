import { describe, expect, it } from 'vitest';
import { fanInOut } from '../../analyzer/metrics/fan.js';

describe('fanInOut', () => {
  it('counts distinct importers and imports', () => {
    // 0 → 1, 0 → 2, 1 → 2, and 0 → 1 written twice
    const { fanIn, fanOut } = fanInOut(3, [[0, 1], [0, 2], [1, 2], [0, 1]]);
    expect([...fanIn]).toEqual([0, 1, 2]);
    expect([...fanOut]).toEqual([2, 1, 0]);
  });
});
