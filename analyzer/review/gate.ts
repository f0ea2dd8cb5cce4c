import type { ReviewRuleId } from '../core/review-options-schema.js';
import { baselineKey } from './baseline.js';
import type { FindingLevel, ResolvedReviewConfig } from './review-config.js';
import type { RawFinding } from './rules.js';

/** A finding as the review reports it (report contract: rule, level, path, message). */
export interface ReviewFinding {
  rule: ReviewRuleId;
  level: FindingLevel;
  path: string;
  message: string;
  /** in the baseline: reported, never failing the gate */
  baseline: boolean;
  /** whether it fails the gate (its rule fails it, and it is not in the baseline) */
  fails: boolean;
  /** tells it apart from the rule's other findings on the path; the baseline's key */
  key: string;
}

export interface Gate {
  passed: boolean;
  /** the rules whose findings failed it */
  failed: ReviewRuleId[];
}

/** The config applied to the findings (levels, off, path globs), then the gate: failing rules' findings that the baseline does not know. */
export function applyGate(raw: readonly RawFinding[], config: ResolvedReviewConfig, baseline: ReadonlySet<string>): { findings: ReviewFinding[]; gate: Gate } {
  const findings: ReviewFinding[] = [];
  for (const f of raw) {
    const run = config.rules[f.rule];
    if (run.level === 'off' || !run.applies(f.path)) continue;
    const known = baseline.has(baselineKey(f));
    findings.push({ ...f, level: run.level, baseline: known, fails: run.fail && !known });
  }
  const failed = [...new Set(findings.filter((f) => f.fails).map((f) => f.rule))];
  return { findings, gate: { passed: failed.length === 0, failed } };
}

const LEVEL_ORDER: Record<FindingLevel, number> = { error: 0, warning: 1, note: 2 };

/** Most important first: failing before passing, then by level, then new before known; stable within. */
export function byImportance(findings: readonly ReviewFinding[]): ReviewFinding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => Number(b.f.fails) - Number(a.f.fails) || LEVEL_ORDER[a.f.level] - LEVEL_ORDER[b.f.level] || Number(a.f.baseline) - Number(b.f.baseline) || a.i - b.i)
    .map(({ f }) => f);
}
