/**
 * The attribution of a score change to its factors, held to a brute force written from
 * docs/scoring.md's formula alone: score = E·I·C, E = (0.3·br + 0.1·c)/0.4,
 * I = (0.2·na + 0.15·kl + 0.1·ai)/0.45, C = (1 − k) + k·churn with k = 0.15; a factor's part is its
 * marginal effect (switching it from its old to its new value) averaged over all 720 orderings.
 */
import { describe, expect, it } from 'vitest';
import { attributeChange } from '../../../analyzer/report/compare/change-attribution.js';
import { factorMove } from '../../../analyzer/report/compare/level-changes.js';
import { combine } from '../../../analyzer/score/combine.js';
import type { ReportRisk, ReportRiskFactor } from '../../../analyzer/report/schema/index.js';

const W: Record<string, number> = { blastRadius: 0.3, centrality: 0.1, noActiveAuthor: 0.2, knowledgeLoss: 0.15, aiShare: 0.1, churn: 0.15 };
const NAMES = Object.keys(W);

function formula(v: Record<string, number>): number {
  const e = (0.3 * v.blastRadius! + 0.1 * v.centrality!) / 0.4;
  const i = (0.2 * v.noActiveAuthor! + 0.15 * v.knowledgeLoss! + 0.1 * v.aiShare!) / 0.45;
  return e * i * (0.85 + 0.15 * v.churn!);
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

function bruteForce(then: Record<string, number>, now: Record<string, number>): Record<string, number> {
  const parts = Object.fromEntries(NAMES.map((n) => [n, 0]));
  const orders = permutations(NAMES);
  for (const order of orders) {
    const current = { ...then };
    for (const name of order) {
      const before = formula(current);
      current[name] = now[name]!;
      parts[name]! += (formula(current) - before) / orders.length;
    }
  }
  return parts;
}

/** The factors as a report holds them: values, weights, and contributions from the scorer itself. */
function risk(values: Record<string, number>): ReportRisk {
  const f = (name: string) => ({ name, value: values[name]!, weight: W[name]!, detail: `${name} ${values[name]}` });
  const { score, factors } = combine([[f('blastRadius'), f('centrality')], [f('noActiveAuthor'), f('knowledgeLoss'), f('aiShare')]], { factor: f('churn'), strength: 0.15 });
  return { score, level: null, factors: factors as ReportRiskFactor[], explanation: '' };
}

const CASES: [string, Record<string, number>, Record<string, number>][] = [
  ['the only author left', { blastRadius: 1, centrality: 0.4, noActiveAuthor: 0.5, knowledgeLoss: 0, aiShare: 0, churn: 0.7 }, { blastRadius: 1, centrality: 0.4, noActiveAuthor: 1, knowledgeLoss: 1, aiShare: 0, churn: 0.7 }],
  ['everything moved', { blastRadius: 0.2, centrality: 0.9, noActiveAuthor: 0.25, knowledgeLoss: 0.3, aiShare: 0.6, churn: 0.1 }, { blastRadius: 0.95, centrality: 0.1, noActiveAuthor: 1, knowledgeLoss: 0.8, aiShare: 0.1, churn: 0.9 }],
  ['exposure fell to zero', { blastRadius: 0.8, centrality: 0.5, noActiveAuthor: 1, knowledgeLoss: 1, aiShare: 0, churn: 0.5 }, { blastRadius: 0, centrality: 0, noActiveAuthor: 1, knowledgeLoss: 1, aiShare: 0, churn: 0.5 }],
];

describe('attributeChange', () => {
  it.each(CASES)('%s: equals the average over all 720 orderings, and adds up to the change', (_name, a, b) => {
    const then = risk(a);
    const now = risk(b);
    expect(then.score).toBeCloseTo(formula(a), 12);
    const { method, shares } = attributeChange(then.factors, now.factors, then.score!, now.score!);
    expect(method).toBe('shapley-of-change');
    const expected = bruteForce(a, b);
    for (const s of shares) expect(s.share, s.name).toBeCloseTo(expected[s.name]!, 12);
    expect(shares.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(now.score! - then.score!, 12);
    for (const s of shares) if (a[s.name] === b[s.name]) expect(s.share, s.name).toBe(0);
  });

  it('names an unchanged factor never, even where its contribution moved most', () => {
    const [, a, b] = CASES[0]!;
    const then = risk(a);
    const now = risk(b);
    // the blast radius did not change, yet its contribution grew with I: the change of contributions would name it
    const contribution = (r: ReportRisk, n: string) => r.factors.find((f) => f.name === n)!.contribution;
    const moves = NAMES.map((n) => [n, contribution(now, n) - contribution(then, n)] as const).sort((x, y) => y[1] - x[1]);
    expect(moves[0]![0]).toBe('blastRadius');
    expect(factorMove(then, now)).toMatchObject({ name: 'knowledgeLoss', method: 'shapley-of-change', valueThen: 0, valueNow: 1 });
  });

  it('falls back to the change of contributions when the weights differ between the reports', () => {
    const [, a, b] = CASES[1]!;
    const then = risk(a);
    const now = risk(b);
    const reweighted = now.factors.map((f) => (f.name === 'churn' ? { ...f, weight: 0.3 } : f));
    const { method, shares } = attributeChange(then.factors, reweighted, then.score!, now.score!);
    expect(method).toBe('contribution-change');
    for (const s of shares) expect(s.share).toBe(now.factors.find((f) => f.name === s.name)!.contribution - then.factors.find((f) => f.name === s.name)!.contribution);
  });

  it('falls back when the factors do not give back the reported score (a report of another version)', () => {
    const [, a, b] = CASES[1]!;
    const then = risk(a);
    const now = risk(b);
    expect(attributeChange(then.factors, now.factors, then.score! + 0.01, now.score!).method).toBe('contribution-change');
  });

  it('picks the largest part against the score when the score fell', () => {
    const [, a, b] = CASES[2]!;
    expect(factorMove(risk(a), risk(b))).toMatchObject({ name: 'blastRadius', valueThen: 0.8, valueNow: 0 });
  });
});
