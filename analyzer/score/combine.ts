/**
 * score = Π_k G_k · ((1 − c) + c·p), G_k = Σ w_i·v_i / Σ w_i over group k; contributions are the
 * Shapley values of that function with every factor's baseline at 0 (Shapley 1953; Lundberg &
 * Lee 2017): each monomial is split equally among the factors in it, so they sum to the score.
 */
import type { RiskFactor } from './model.js';

export interface FactorValue {
  name: string;
  /** 0..1 */
  value: number;
  weight: number;
  detail: string;
}

export interface Multiplier {
  factor: FactorValue;
  /** 0..1: the share of the score that depends on this factor */
  strength: number;
}

export interface Combined {
  score: number;
  factors: RiskFactor[];
}

export function combine(groups: readonly FactorValue[][], multiplier: Multiplier | null): Combined {
  const active = groups.filter((g) => sum(g.map((f) => f.weight)) > 0);
  const g = active.length;
  const all = [...groups.flat(), ...(multiplier ? [multiplier.factor] : [])];
  if (g === 0) return { score: 0, factors: all.map((f) => toRisk(f, 0)) };

  const product = active.reduce((acc, group) => acc * groupValue(group), 1);
  const c = multiplier ? clamp01(multiplier.strength) : 0;
  const p = multiplier ? clamp01(multiplier.factor.value) : 0;
  const base = product * (1 - c);
  const raised = product * c * p;
  const perGroup = base / g + raised / (g + 1);

  const contributions = new Map<FactorValue, number>();
  for (const group of active) {
    const total = sum(group.map((f) => f.weight * clamp01(f.value)));
    for (const f of group) contributions.set(f, total > 0 ? (perGroup * f.weight * clamp01(f.value)) / total : 0);
  }
  if (multiplier) contributions.set(multiplier.factor, raised / (g + 1));
  return { score: clamp01(base + raised), factors: all.map((f) => toRisk(f, contributions.get(f) ?? 0)) };
}

function groupValue(group: readonly FactorValue[]): number {
  const weight = sum(group.map((f) => f.weight));
  return sum(group.map((f) => f.weight * clamp01(f.value))) / weight;
}

function toRisk(f: FactorValue, contribution: number): RiskFactor {
  return { name: f.name, value: clamp01(f.value), weight: f.weight, contribution, detail: f.detail };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
