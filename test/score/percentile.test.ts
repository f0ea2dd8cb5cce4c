import { describe, expect, it } from 'vitest';
import { percentileOf } from '../../analyzer/score/percentile.js';

describe('percentileOf', () => {
  it('maps the minimum to 0, the unique maximum to 1 and counts ties half', () => {
    const p = percentileOf([0, 0, 1, 2, 2, 5]);
    expect(p(0)).toBe(0);
    // 1 beats the two zeros among the five others
    expect(p(1)).toBeCloseTo(2 / 5, 12);
    // 2 beats three, ties with one other (half)
    expect(p(2)).toBeCloseTo(3.5 / 5, 12);
    expect(p(5)).toBe(1);
  });

  it('gives tied values the same percentile', () => {
    const p = percentileOf([3, 3, 3, 1]);
    expect(p(3)).toBeCloseTo((1 + 1) / 3, 12);
  });

  it('places values outside the population by the same rule', () => {
    const p = percentileOf([1, 2, 3]);
    expect(p(2.5)).toBeCloseTo(2 / 3, 12);
    expect(p(10)).toBe(1);
    expect(p(-1)).toBe(0);
  });

  it('does not divide by zero for one or no members', () => {
    expect(percentileOf([4])(4)).toBe(0);
    expect(percentileOf([4])(5)).toBe(1);
    expect(percentileOf([])(3)).toBe(0);
    expect(percentileOf([2, 2, 2])(2)).toBe(0);
  });

  it('never returns NaN for non-finite input', () => {
    const p = percentileOf([1, Number.NaN, 2]);
    expect(p(Number.NaN)).toBe(0);
    expect(p(2)).toBe(1);
  });
});

describe('rankTimesMagnitude', () => {
  it('is the geometric mean of the percentile and the share of the maximum', async () => {
    const { rankTimesMagnitude, percentileOf } = await import('../../analyzer/score/percentile.js');
    // Most modules tie at 0 or 1; one hub reaches 200.
    const population = [0, 0, 0, 0, 0, 0, 1, 1, 2, 200];
    const scale = rankTimesMagnitude(population);
    const rank = percentileOf(population);
    expect(scale(200)).toBe(1);
    expect(rank(2)).toBeCloseTo(8 / 9, 12); // eight of the nine others lie below: the percentile alone calls it a top module
    expect(scale(2)).toBeCloseTo(Math.sqrt((8 / 9) * (2 / 200)), 12); // 0.094: the magnitude tempers it
    expect(scale(0)).toBe(0);
    expect(rankTimesMagnitude([0, 0])(0)).toBe(0);
  });
});
