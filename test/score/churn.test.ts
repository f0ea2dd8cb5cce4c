import { describe, expect, it } from 'vitest';
import { daysBetween, recentChurn } from '../../analyzer/score/churn.js';

describe('recentChurn', () => {
  const now = '2024-06-01T00:00:00Z';
  it('counts commits in full while the last change is inside the activity window', () => {
    expect(recentChurn(12, '2024-03-01T00:00:00Z', now, 180)).toBe(12);
  });

  it('halves for every further activity window the last change lies back', () => {
    // 2023-06-02 is 365 days before now: 185 days past a 180-day window
    expect(recentChurn(12, '2023-06-02T00:00:00Z', now, 180)).toBeCloseTo(12 * 0.5 ** (185 / 180), 9);
  });

  it('is 0 without commits or without a last change', () => {
    expect(recentChurn(0, '2024-05-01T00:00:00Z', now, 180)).toBe(0);
    expect(recentChurn(5, null, now, 180)).toBe(0);
  });

  it('measures whole days and rejects unparseable dates', () => {
    expect(daysBetween('2024-05-31T00:00:00Z', now)).toBe(1);
    expect(daysBetween('not a date', now)).toBeNull();
  });
});
