import { Type, type Static, type TOptional } from '@sinclair/typebox';
import { REVIEW_RULE_IDS, type ReviewRuleId } from './review-rule-ids.js';

export { REVIEW_RULE_IDS, type ReviewRuleId } from './review-rule-ids.js';

const RuleSetting = Type.Object(
  {
    level: Type.Optional(Type.Union([Type.Literal('error'), Type.Literal('warning'), Type.Literal('note'), Type.Literal('off')], { description: 'the level its findings get; off: not checked' })),
    fail: Type.Optional(Type.Boolean({ description: 'whether its findings fail the gate (default: true for level error)' })),
    paths: Type.Optional(Type.Array(Type.String(), { description: 'globs of the paths where it applies (default: everywhere)' })),
  },
  { additionalProperties: false },
);

/** The `review` key of blastmap.config.json: the gate of `blastmap review`. */
export const ReviewConfigSchema = Type.Object(
  {
    explanationHeading: Type.Optional(Type.String({ minLength: 1, description: 'the heading of the explanation section in the pull request body or a commit message (default "## Why")' })),
    aiRiskLevel: Type.Optional(Type.Union([Type.Literal('medium'), Type.Literal('high'), Type.Literal('critical')], { description: 'ai-change-unexplained: a module at this risk level or above needs an explanation (default high)' })),
    aiBlastRadius: Type.Optional(Type.Integer({ minimum: 0, description: 'ai-change-unexplained: a module with at least this blast radius needs an explanation (default 20)' })),
    hubBlastRadius: Type.Optional(Type.Integer({ minimum: 0, description: 'unowned-hub-gains-author and made-unowned: a module counts when its blast radius is at least this (default 10)' })),
    rules: Type.Optional(Type.Object(Object.fromEntries(REVIEW_RULE_IDS.map((id) => [id, Type.Optional(RuleSetting)])) as Record<ReviewRuleId, TOptional<typeof RuleSetting>>, { additionalProperties: false, description: 'per rule: level, whether it fails the gate, where it applies' })),
  },
  { additionalProperties: false },
);

export type ReviewConfig = Static<typeof ReviewConfigSchema>;
export type ReviewRuleSetting = Static<typeof RuleSetting>;
