/**
 * A score's factors in words: each factor's share of the score (the contributions are Shapley
 * shares, analyzer/score/combine.ts: they add up to the score and do not multiply out of value
 * and weight), and what about the module or area earned it. The printed shares are rounded so
 * that they add up to the printed score.
 */
import type { ReportRisk, ReportRiskFactor } from '../schema/index.js';

export type Subject = 'module' | 'area';

export interface FactorLine {
  name: string;
  /** "+0.03" */
  share: string;
  /** "churn at the 88th percentile" */
  reason: string;
  /** the factor's unrounded share, for drawing */
  contribution: number;
}

const NAMES: Record<string, string> = {
  blastRadius: 'Blast radius',
  centrality: 'Centrality',
  noActiveAuthor: 'No active owner',
  knowledgeLoss: 'Knowledge loss',
  aiShare: 'AI-assisted share',
  churn: 'Churn',
};

export function factorName(name: string): string {
  return NAMES[name] ?? name;
}

/** The factors, largest share first, each share printed with `decimals` so that they sum to the score as printed. */
export function factorLines(risk: ReportRisk, subject: Subject, decimals = 2): FactorLine[] {
  if (risk.score === null) return [];
  const factors = [...risk.factors].sort((a, b) => b.contribution - a.contribution || (a.name < b.name ? -1 : 1));
  const shares = apportion(factors.map((f) => Math.max(0, f.contribution)), Number(risk.score.toFixed(decimals)), decimals);
  return factors.map((f, i) => ({ name: f.name, share: `+${shares[i]!.toFixed(decimals)}`, reason: factorReason(f, subject), contribution: f.contribution }));
}

/** "share of the score: +0.03 (churn at the 88th percentile)" */
export function factorSentence(line: FactorLine): string {
  return `share of the score: ${line.share} (${line.reason})`;
}

/** The factors of each group the score multiplies (analyzer/score/module-factors.ts, area-factors.ts). */
const EXPOSURE = ['blastRadius', 'centrality'];
const IGNORANCE = ['noActiveAuthor', 'knowledgeLoss', 'aiShare'];

/**
 * Why a score is 0 when one group of factors is 0: the score multiplies exposure by ignorance, so
 * every share is 0 however high a factor of the other group reads ("63 % of its authorship held
 * by people no longer active" beside "+0.00"). A group is the factors of it that carry weight
 * (combine.ts leaves a group of no weight out of the product). Null when the score is not 0 or no
 * weighted group is all 0.
 */
export function zeroScoreReason(risk: ReportRisk, subject: Subject): string | null {
  if (risk.score === null || risk.score > 0 || risk.factors.length === 0) return null;
  const allZero = (names: readonly string[]): ReportRiskFactor[] | null => {
    const weighted = risk.factors.filter((f) => names.includes(f.name) && f.weight > 0);
    return weighted.length > 0 && weighted.every((f) => !(f.value > 0)) ? weighted : null;
  };
  const listed = (group: readonly ReportRiskFactor[]) => {
    // lower case but for initialisms ("AI-assisted share")
    const words = group.map((f) => factorName(f.name).replace(/^([A-Z])(?![A-Z])/, (c) => c.toLowerCase()));
    return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
  };
  const rule = 'the score multiplies exposure by how little is known of the code';
  const exposure = allZero(EXPOSURE);
  if (exposure !== null) {
    return exposure.some((f) => f.name === 'blastRadius')
      ? `Nothing ${subject === 'area' ? 'outside it ' : 'else '}depends on it, so nothing breaks with it: ${rule}, and with no exposure every share is 0.`
      : `Its exposure (${listed(exposure)}) is 0: ${rule}, and with no exposure every share is 0.`;
  }
  const ignorance = allZero(IGNORANCE);
  if (ignorance !== null) return `Nothing of it counts as unknown (${listed(ignorance)} ${ignorance.length === 1 ? 'is' : 'are'} 0): ${rule}, and with nothing unknown every share is 0.`;
  return null;
}

/** What about the module or area earned a factor its value, in words. */
export function factorReason(f: ReportRiskFactor, subject: Subject): string {
  const v = Math.min(1, Math.max(0, f.value));
  const rated = `${Math.round(v * 100)} of 100`;
  switch (f.name) {
    case 'churn':
      return subject === 'module' ? `churn at the ${ordinal(Math.round(v * 100))} percentile of the source modules` : `its code's churn at the ${ordinal(Math.round(v * 100))} percentile on average`;
    case 'blastRadius':
      return subject === 'module' ? `blast radius rated ${rated} against the rest of the repository` : `blast radius rated ${rated} against the other areas`;
    case 'centrality':
      return subject === 'module' ? `centrality rated ${rated} against the rest of the repository` : `direct importers from outside rated ${rated} against the other areas`;
    case 'noActiveAuthor': {
      if (subject === 'area') return `${Math.round(v * 100)}% chance, over its code, that no active owner is left`;
      // the value is 0.5^(active owners), analyzer/score/ownership.ts
      const owners = v > 0 ? Math.round(Math.log2(1 / v)) : null;
      return owners === 0 ? 'no active owner' : owners === null ? 'active owners' : `${owners} active ${owners === 1 ? 'owner' : 'owners'}`;
    }
    case 'knowledgeLoss':
      return `${Math.round(v * 100)}% of its authorship held by people no longer active`;
    case 'aiShare':
      return `${Math.round(v * 100)}% AI-assisted`;
    default:
      return `${factorName(f.name)} rated ${rated}`;
  }
}

/**
 * Rounds `parts` to `decimals` so that they add up to `total` (largest remainder: the parts
 * losing most to rounding take the missing steps). `total` is the already rounded whole.
 */
export function apportion(parts: readonly number[], total: number, decimals: number): number[] {
  const unit = 10 ** decimals;
  const floors = parts.map((p) => Math.floor(p * unit + 1e-9));
  let missing = Math.round(total * unit) - floors.reduce((s, x) => s + x, 0);
  const order = parts.map((p, i) => ({ i, rest: p * unit - floors[i]! })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; missing > 0 && order.length > 0; k = (k + 1) % order.length, missing--) floors[order[k]!.i]!++;
  for (let k = order.length - 1; missing < 0 && order.length > 0; k = (k - 1 + order.length) % order.length) {
    if (floors[order[k]!.i]! > 0) { floors[order[k]!.i]!--; missing++; }
    else if (floors.every((x) => x === 0)) break;
  }
  return floors.map((x) => x / unit);
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
