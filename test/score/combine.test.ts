import { describe, expect, it } from 'vitest';
import { combine, type FactorValue } from '../../analyzer/score/combine.js';

const f = (name: string, value: number, weight: number): FactorValue => ({ name, value, weight, detail: name });
const byName = (factors: { name: string; contribution: number }[]) => Object.fromEntries(factors.map((x) => [x.name, x.contribution]));

describe('combine', () => {
  it('multiplies the group means and the churn multiplier (hand-worked)', () => {
    const exposure = [f('blastRadius', 1, 0.3), f('centrality', 0.5, 0.1)]; // 0.35 / 0.4 = 0.875
    const ignorance = [f('noActiveAuthor', 1, 0.2), f('knowledgeLoss', 0.5, 0.15), f('aiShare', 0, 0.1)]; // 0.275 / 0.45
    const r = combine([exposure, ignorance], { strength: 0.15, factor: f('churn', 0.4, 0.15) });
    const E = 0.875;
    const I = 0.275 / 0.45;
    const C = 0.85 + 0.15 * 0.4;
    expect(r.score).toBeCloseTo(E * I * C, 12);
    const c = byName(r.factors);
    // churn takes a third of the churn-raised term; the rest is split half and half, then by w·v
    const raised = E * I * 0.15 * 0.4;
    const perGroup = (E * I * 0.85) / 2 + raised / 3;
    expect(c.churn).toBeCloseTo(raised / 3, 12);
    expect(c.blastRadius).toBeCloseTo(perGroup * (0.3 / 0.35), 12);
    expect(c.centrality).toBeCloseTo(perGroup * (0.05 / 0.35), 12);
    expect(c.noActiveAuthor).toBeCloseTo(perGroup * (0.2 / 0.275), 12);
    expect(c.aiShare).toBe(0);
    expect(r.factors.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(r.score, 12);
  });

  it('is zero when any weighted group is zero: a leaf nobody owns is no top risk', () => {
    const r = combine([[f('blastRadius', 0, 0.3)], [f('noActiveAuthor', 1, 0.2)]], { strength: 0.15, factor: f('churn', 1, 0.15) });
    expect(r.score).toBe(0);
    expect(r.factors.every((x) => x.contribution === 0)).toBe(true);
  });

  it('ignores a group whose weights are all zero', () => {
    const r = combine([[f('blastRadius', 0.6, 1)], [f('noActiveAuthor', 1, 0)]], null);
    expect(r.score).toBeCloseTo(0.6, 12);
    expect(byName(r.factors).blastRadius).toBeCloseTo(0.6, 12);
  });

  it('scores 0 when every weight is zero', () => {
    expect(combine([[f('blastRadius', 1, 0)]], null).score).toBe(0);
  });

  it('clamps out-of-range values instead of producing scores above 1', () => {
    const r = combine([[f('blastRadius', 3, 1)], [f('aiShare', Number.NaN, 1)]], null);
    expect(r.score).toBe(0);
    expect(r.factors[0]!.value).toBe(1);
  });
});
