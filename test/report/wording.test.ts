import { describe, expect, it } from 'vitest';
import { count } from '../../analyzer/report/wording/count.js';
import { scoreLabel, scoreText, thresholdsOf } from '../../analyzer/report/wording/score-text.js';
import { levelOf } from '../../analyzer/score/levels.js';

const LEVELS = { medium: 0.35, high: 0.55, critical: 0.75 };

describe('count', () => {
  it('puts the noun in the singular for one and only one', () => {
    expect([0, 1, 2, 1208].map((n) => count(n, 'edge'))).toEqual(['0 edges', '1 edge', '2 edges', '1,208 edges']);
    expect(count(1, 'entry', 'entries')).toBe('1 entry');
    expect(count(3, 'entry', 'entries')).toBe('3 entries');
  });
});

describe('scoreText', () => {
  it('prints a score on the side of the threshold its level is on', () => {
    // two decimals would print 0.35 for a low score, while medium starts at 0.35
    expect(scoreText(0.3457, LEVELS)).toBe('0.346');
    expect(scoreLabel(0.3457, 'low', LEVELS)).toBe('0.346 low');
    expect(scoreText(0.35, LEVELS)).toBe('0.35');
    expect(scoreText(0.7496, LEVELS)).toBe('0.7496');
    expect(scoreText(0.41, LEVELS)).toBe('0.41');
  });

  it('agrees with levelOf for every score on a fine grid and right beside each threshold', () => {
    const scores = Array.from({ length: 10_001 }, (_, i) => i / 10_000);
    for (const t of Object.values(LEVELS)) scores.push(t - 1e-9, t - 1e-4, t - 0.0049, t + 1e-9, t + 0.0049);
    for (const s of scores) {
      const printed = Number(scoreText(s, LEVELS));
      expect(levelOf(printed, LEVELS), `${s} printed as ${printed}`).toBe(levelOf(s, LEVELS));
    }
  });

  it('reads the thresholds from the report options, and says when there is no score', () => {
    expect(thresholdsOf({ score: { levels: LEVELS } })).toEqual(LEVELS);
    expect(thresholdsOf({ score: { levels: { medium: 'x' } } })).toBeNull();
    expect(thresholdsOf({})).toBeNull();
    expect(scoreText(0.3457, null)).toBe('0.35');
    expect(scoreLabel(null, null, LEVELS)).toBe('no risk level');
  });
});
