import { describe, expect, it } from 'vitest';
import { compareText } from '../../analyzer/core/compare-text.js';

describe('compareText', () => {
  it('orders by code unit, whatever the machine locale would say', () => {
    const paths = ['src/b.ts', 'src/B.ts', 'src/a_b.ts', 'src/a-b.ts', 'src/ä.ts', 'src/a.ts'];
    expect([...paths].sort(compareText)).toEqual(['src/B.ts', 'src/a-b.ts', 'src/a.ts', 'src/a_b.ts', 'src/b.ts', 'src/ä.ts']);
    // what a locale-aware sort gives instead: not the order above
    expect([...paths].sort((a, b) => a.localeCompare(b, 'en'))).not.toEqual([...paths].sort(compareText));
    expect(compareText('x', 'x')).toBe(0);
  });
});
