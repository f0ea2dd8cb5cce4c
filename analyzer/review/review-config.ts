import picomatch from 'picomatch';
import type { ReviewConfig } from '../core/review-options-schema.js';
import { REVIEW_RULE_IDS, type ReviewRuleId } from '../core/review-rule-ids.js';
import { DEFAULT_EXPLANATION_HEADING } from './explanation.js';

export type FindingLevel = 'error' | 'warning' | 'note';

/** How each rule runs: its level, whether it fails the gate, where it applies. */
export interface RuleRun {
  level: FindingLevel | 'off';
  fail: boolean;
  applies: (path: string) => boolean;
}

export interface ResolvedReviewConfig {
  explanationHeading: string;
  aiRiskLevel: 'medium' | 'high' | 'critical';
  aiBlastRadius: number;
  hubBlastRadius: number;
  rules: Record<ReviewRuleId, RuleRun>;
}

/**
 * Only an unexplained AI-assisted change to a module many depend on fails a build by default:
 * the rest are said, not enforced, until a team turns them on (red builds on non-issues are why
 * users removed the pull-request checks of other tools).
 */
export const DEFAULT_LEVELS: Record<ReviewRuleId, FindingLevel> = {
  'ai-change-unexplained': 'error',
  'made-unowned': 'warning',
  'new-cycle': 'warning',
  'critical-dependency': 'warning',
  'co-change-missing': 'warning',
  'cycle-removed': 'note',
  'unowned-hub-gains-author': 'note',
};

export function resolveReviewConfig(config: ReviewConfig | undefined): ResolvedReviewConfig {
  const rules = {} as Record<ReviewRuleId, RuleRun>;
  for (const id of REVIEW_RULE_IDS) {
    const setting = config?.rules?.[id] ?? {};
    const level = setting.level ?? DEFAULT_LEVELS[id];
    const match = setting.paths && setting.paths.length > 0 ? picomatch(setting.paths, { dot: true }) : null;
    rules[id] = { level, fail: setting.fail ?? level === 'error', applies: match ?? (() => true) };
  }
  return {
    explanationHeading: config?.explanationHeading ?? DEFAULT_EXPLANATION_HEADING,
    aiRiskLevel: config?.aiRiskLevel ?? 'high',
    aiBlastRadius: config?.aiBlastRadius ?? 20,
    hubBlastRadius: config?.hubBlastRadius ?? 10,
    rules,
  };
}
