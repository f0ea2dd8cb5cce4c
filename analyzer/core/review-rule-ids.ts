// its own module: the review names its rules at run time without loading the schema builder (a dev dependency)
/** The rules `blastmap review` knows (analyzer/review/rules.ts says what each finds). */
export const REVIEW_RULE_IDS = [
  'ai-change-unexplained',
  'made-unowned',
  'new-cycle',
  'critical-dependency',
  'co-change-missing',
  'cycle-removed',
  'unowned-hub-gains-author',
] as const;
export type ReviewRuleId = (typeof REVIEW_RULE_IDS)[number];
