import { describe, expect, it } from 'vitest';
import { busFactorOf } from '../../analyzer/score/area-bus-factor.js';

describe('busFactorOf', () => {
  it('is 0 when fewer than half the files have an active author', () => {
    expect(busFactorOf([['a'], [], []])).toEqual({ busFactor: 0, removed: [] });
  });

  it('removes the author of the most files until fewer than half are covered', () => {
    // a covers 3 of 4; removing a leaves 1 of 4 covered (b) → 1
    expect(busFactorOf([['a'], ['a'], ['a', 'b'], []])).toEqual({ busFactor: 1, removed: ['a'] });
    // each of four files has its own author: removing two leaves 2 of 4 (not fewer than half), three leaves 1
    expect(busFactorOf([['a'], ['b'], ['c'], ['d']])).toEqual({ busFactor: 3, removed: ['a', 'b', 'c'] });
  });

  it('counts shared files once per author and handles no files', () => {
    // b (2 files) goes first, leaving 1 of 2 covered, which is not fewer than half; then a
    expect(busFactorOf([['a', 'a', 'b'], ['b']])).toEqual({ busFactor: 2, removed: ['b', 'a'] });
    expect(busFactorOf([])).toEqual({ busFactor: 0, removed: [] });
  });
});
