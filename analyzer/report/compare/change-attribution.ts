/**
 * How much of a score's change each factor accounts for. A score is E·I·C over its factor values
 * (docs/scoring.md), so when one factor moves, every other factor's Shapley contribution moves with
 * it: an author leaving raises the blast-radius contribution too, although the blast radius did not
 * change. The change itself is therefore attributed by Shapley values of the two-point game (the
 * "baseline Shapley" of Sundararajan & Najmi, "The many Shapley values for model explanation",
 * ICML 2020, with the old values as the baseline): a player is a factor, a coalition S scores
 * f(S's factors at their new values, the others at their old ones), and
 * φ_i = Σ_{S ⊆ N∖{i}} |S|!(n−|S|−1)!/n! · (f(S ∪ {i}) − f(S)). The φ add up to new − old score, and a
 * factor whose value did not move gets exactly 0.
 *
 * f is score/combine.ts itself, fed the factor values and weights the reports hold. When the two
 * reports' factors differ in names or weights, or combine does not give back the reported scores
 * (a report of another version), the change in each factor's contribution stands in.
 */
import type { ReportRiskFactor } from '../schema/index.js';
import { combine, type FactorValue } from '../../score/combine.js';

const EXPOSURE = ['blastRadius', 'centrality'];
const IGNORANCE = ['noActiveAuthor', 'knowledgeLoss', 'aiShare'];
const MULTIPLIER = 'churn';
const KNOWN = [...EXPOSURE, ...IGNORANCE, MULTIPLIER];
/** Reported scores are unrounded: combine must give them back to this tolerance. */
const TOLERANCE = 1e-9;

export interface Attribution {
  name: string;
  /** the factor's share of (new score − old score) */
  share: number;
}

export interface AttributionResult {
  method: 'shapley-of-change' | 'contribution-change';
  shares: Attribution[];
}

export function attributeChange(then: readonly ReportRiskFactor[], now: readonly ReportRiskFactor[], scoreThen: number, scoreNow: number): AttributionResult {
  const exact = shapleyOfChange(then, now, scoreThen, scoreNow);
  if (exact !== null) return { method: 'shapley-of-change', shares: exact };
  const names = [...new Set([...then.map((f) => f.name), ...now.map((f) => f.name)])];
  const contribution = (list: readonly ReportRiskFactor[], name: string) => list.find((f) => f.name === name)?.contribution ?? 0;
  return { method: 'contribution-change', shares: names.map((name) => ({ name, share: contribution(now, name) - contribution(then, name) })) };
}

function shapleyOfChange(then: readonly ReportRiskFactor[], now: readonly ReportRiskFactor[], scoreThen: number, scoreNow: number): Attribution[] | null {
  const names = then.map((f) => f.name);
  if (names.length !== KNOWN.length || !KNOWN.every((n) => names.includes(n))) return null;
  if (now.length !== then.length) return null;
  const weights = new Map(then.map((f) => [f.name, f.weight]));
  const old = new Map(then.map((f) => [f.name, f.value]));
  const current = new Map<string, number>();
  for (const f of now) {
    if (weights.get(f.name) !== f.weight) return null;
    current.set(f.name, f.value);
  }
  const players = KNOWN;
  const n = players.length;
  const score = (mask: number): number => {
    const value = (name: string): number => {
      const i = players.indexOf(name);
      return ((mask >> i) & 1 ? current.get(name) : old.get(name)) as number;
    };
    const factor = (name: string): FactorValue => ({ name, value: value(name), weight: weights.get(name) as number, detail: '' });
    const total = [...weights.values()].reduce((a, b) => a + b, 0);
    const strength = total > 0 ? (weights.get(MULTIPLIER) as number) / total : 0;
    return combine([EXPOSURE.map(factor), IGNORANCE.map(factor)], { factor: factor(MULTIPLIER), strength }).score;
  };
  const all = (1 << n) - 1;
  const scores = Float64Array.from({ length: 1 << n }, (_, mask) => score(mask));
  if (Math.abs((scores[0] as number) - scoreThen) > TOLERANCE || Math.abs((scores[all] as number) - scoreNow) > TOLERANCE) return null;
  const factorial = [1];
  for (let k = 1; k <= n; k++) factorial.push((factorial[k - 1] as number) * k);
  return players.map((name, i) => {
    let share = 0;
    for (let mask = 0; mask <= all; mask++) {
      if ((mask >> i) & 1) continue;
      const size = popcount(mask);
      const weight = ((factorial[size] as number) * (factorial[n - size - 1] as number)) / (factorial[n] as number);
      share += weight * ((scores[mask | (1 << i)] as number) - (scores[mask] as number));
    }
    return { name, share };
  });
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v > 0; v &= v - 1) c++;
  return c;
}
