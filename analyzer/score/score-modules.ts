/** Module risks: factors per module, combined into a score whose contributions add up to it. */
import { combine } from './combine.js';
import { explainModule } from './explain-module.js';
import { levelOf } from './levels.js';
import type { ModuleFacts } from './module-facts.js';
import { moduleFactors, type ModulePopulations } from './module-factors.js';
import type { Risk, ScoreInput } from './model.js';

export interface ModuleScores {
  risks: Map<string, Risk>;
  /** churn factor value per module (0 without history), reused by the areas */
  churn: number[];
}

export function scoreModules(
  facts: readonly ModuleFacts[],
  pop: ModulePopulations,
  options: ScoreInput['options'],
  now: string | null,
): ModuleScores {
  const risks = new Map<string, Risk>();
  const churn: number[] = [];
  for (const f of facts) {
    const o = f.ownership;
    if (o === null) {
      // Without history nobody's knowledge can be measured: exposure alone is not a risk.
      churn.push(0);
      risks.set(f.path, { score: null, level: null, factors: [], explanation: explainModule(f, pop.sources, now) });
      continue;
    }
    const set = moduleFactors(f, o, pop, options.score.weights);
    churn.push(set.multiplier.factor.value);
    const { score, factors } = combine(set.groups, set.multiplier);
    risks.set(f.path, { score, level: levelOf(score, options.score.levels), factors, explanation: explainModule(f, pop.sources, now) });
  }
  return { risks, churn };
}
