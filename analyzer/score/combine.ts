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
  // loops rather than array helpers: this runs for every module and area; each sum runs in the
  // order the factors are listed, as a reduce from 0 would, so the figures are the same
  let g = 0;
  let product = 1;
  for (const group of groups) {
    if (weightOf(group) > 0) {
      g++;
      product *= groupValue(group);
    }
  }
  const factors: RiskFactor[] = [];
  if (g === 0) {
    for (const group of groups) for (const f of group) factors.push(toRisk(f, 0));
    if (multiplier) factors.push(toRisk(multiplier.factor, 0));
    return { score: 0, factors };
  }
  const c = multiplier ? clamp01(multiplier.strength) : 0;
  const p = multiplier ? clamp01(multiplier.factor.value) : 0;
  const base = product * (1 - c);
  const raised = product * c * p;
  const perGroup = base / g + raised / (g + 1);
  for (const group of groups) {
    const active = weightOf(group) > 0;
    let total = 0;
    if (active) for (const f of group) total += f.weight * clamp01(f.value);
    for (const f of group) factors.push(toRisk(f, active && total > 0 ? (perGroup * f.weight * clamp01(f.value)) / total : 0));
  }
  if (multiplier) factors.push(toRisk(multiplier.factor, raised / (g + 1)));
  return { score: clamp01(base + raised), factors };
}

function weightOf(group: readonly FactorValue[]): number {
  let weight = 0;
  for (const f of group) weight += f.weight;
  return weight;
}

function groupValue(group: readonly FactorValue[]): number {
  let weighted = 0;
  for (const f of group) weighted += f.weight * clamp01(f.value);
  return weighted / weightOf(group);
}

function toRisk(f: FactorValue, contribution: number): RiskFactor {
  return { name: f.name, value: clamp01(f.value), weight: f.weight, contribution, detail: f.detail };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
