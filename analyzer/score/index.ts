/**
 * Explanatory risk: score = exposure × ignorance × churn multiplier, each factor a within-repo
 * percentile or share, attributed back to the factors by Shapley values (docs/scoring.md).
 */
import { codeOwnership } from './code-truck-factor.js';
import { gatherModuleFacts, usableHistory } from './module-facts.js';
import { populations } from './module-factors.js';
import type { ScoreInput, ScoreResult } from './model.js';
import { percentileOf } from './percentile.js';
import { scoreAreas } from './score-areas.js';
import { scoreModules } from './score-modules.js';

export { areaOf } from '../metrics/area-tree.js';
export type { AreaScore, Risk, RiskFactor, RiskLevel, ScoreInput, ScoreResult } from './model.js';

export function scoreRisk(input: ScoreInput): ScoreResult {
  const history = usableHistory(input.history);
  const now = history?.now ?? input.options.now ?? null;
  const facts = gatherModuleFacts(input);
  const { risks, churn } = scoreModules(facts, populations(facts, percentileOf), input.options, now);
  return {
    modules: risks,
    areas: scoreAreas(input.graph, input.metrics, facts, churn, input.options, now, input.familiarity),
    code: codeOwnership(input.graph, history, input.options.leaving ?? []),
  };
}
