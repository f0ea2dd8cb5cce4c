import { describe, expect, it } from 'vitest';
import { grouped } from '../../analyzer/core/grouped.js';

describe('grouped', () => {
  it('gives the text toLocaleString("en-US") gives, on each side of the whole-numbers-under-a-thousand shortcut', () => {
    const values = [0, -0, 1, -1, 7, 999, -999, 1000, -1000, 1208, 12345678, 0.5, -0.5, 999.5, 999.9999, 1.2345, 1e21, -1e-7, Number.NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER];
    for (let n = -1100; n <= 1100; n += 7) values.push(n, n + 0.25);
    for (const n of values) expect(grouped(n), String(n)).toBe(n.toLocaleString('en-US'));
  });
});
