import { describe, expect, it } from 'vitest';
import { combine, type FactorValue, type Multiplier } from '../../analyzer/score/combine.js';

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
    // the contributions are the Shapley values, counted here over all 6! orders of the factors
    const shapley = shapleyByEnumeration([exposure, ignorance], { strength: 0.15, factor: f('churn', 0.4, 0.15) });
    r.factors.forEach((x, i) => expect(x.contribution, x.name).toBeCloseTo(shapley[i] as number, 12));
    expect(byName(r.factors).aiShare).toBe(0); // a value of 0 adds nothing in any order
    expect(r.factors.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(r.score, 12);
  });

  it('gives each factor its Shapley value: the marginal contribution averaged over every order', () => {
    // random values and weights, some exactly 0 (factors that add nothing, groups left out), with
    // and without the churn multiplier; up to 7 factors, so 5,040 orders at most
    for (let seed = 1; seed <= 30; seed++) {
      const { groups, multiplier } = randomCase(seed);
      const r = combine(groups, multiplier);
      const shapley = shapleyByEnumeration(groups, multiplier);
      expect(r.factors.map((x) => x.name)).toEqual([...groups.flat(), ...(multiplier ? [multiplier.factor] : [])].map((x) => x.name));
      expect(r.score, `seed ${seed}`).toBeCloseTo(modelScore(groups, multiplier, () => true), 12);
      r.factors.forEach((x, i) => expect(x.contribution, `seed ${seed}: ${x.name}`).toBeCloseTo(shapley[i] as number, 12));
    }
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

/**
 * The score as the model defines it, with the factors `present` does not pick at their baseline 0:
 * the product over weighted groups of Σ w·v / Σ w, times (1 − c) + c·p; 0 with no weighted group.
 */
function modelScore(groups: readonly FactorValue[][], multiplier: Multiplier | null, present: (x: FactorValue) => boolean): number {
  const value = (x: FactorValue) => (present(x) ? Math.min(1, Math.max(0, x.value)) : 0);
  const weighted = groups.filter((group) => group.reduce((s, x) => s + x.weight, 0) > 0);
  if (weighted.length === 0) return 0;
  let score = 1;
  for (const group of weighted) score *= group.reduce((s, x) => s + x.weight * value(x), 0) / group.reduce((s, x) => s + x.weight, 0);
  if (!multiplier) return score;
  const c = Math.min(1, Math.max(0, multiplier.strength));
  return score * (1 - c + c * value(multiplier.factor));
}

/** Shapley values by definition, in combine()'s factor order: for each of the n! orders, what each factor adds when it joins. */
function shapleyByEnumeration(groups: readonly FactorValue[][], multiplier: Multiplier | null): number[] {
  const players = [...groups.flat(), ...(multiplier ? [multiplier.factor] : [])];
  const totals = new Array<number>(players.length).fill(0);
  let orders = 0;
  for (const order of permutations(players.length)) {
    const joined = new Set<FactorValue>();
    let before = modelScore(groups, multiplier, (x) => joined.has(x));
    for (const i of order) {
      joined.add(players[i]!);
      const after = modelScore(groups, multiplier, (x) => joined.has(x));
      totals[i]! += after - before;
      before = after;
    }
    orders++;
  }
  return totals.map((t) => t / orders);
}

function* permutations(n: number, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === n) yield prefix;
  for (let i = 0; i < n; i++) if (!prefix.includes(i)) yield* permutations(n, [...prefix, i]);
}

/** One to three groups of one to three factors (six at most), and the multiplier three times in four. */
function randomCase(seed: number): { groups: FactorValue[][]; multiplier: Multiplier | null } {
  const random = mulberry32(seed);
  const draw = () => (random() < 0.15 ? 0 : random());
  const groups: FactorValue[][] = [];
  let count = 0;
  for (let g = 1 + Math.floor(random() * 3); g > 0 && count < 6; g--) {
    const size = Math.min(6 - count, 1 + Math.floor(random() * 3));
    groups.push(Array.from({ length: size }, () => f(`f${count++}`, draw(), draw())));
  }
  const multiplier = random() < 0.75 ? { strength: random(), factor: f('churn', draw(), 0.15) } : null;
  return { groups, multiplier };
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
