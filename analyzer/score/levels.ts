/** Score buckets; thresholds come from options.score.levels. */
import type { AnalyzeOptions } from '../core/options.js';
import type { RiskLevel } from './model.js';

export function levelOf(score: number, levels: AnalyzeOptions['score']['levels']): RiskLevel {
  if (score >= levels.critical) return 'critical';
  if (score >= levels.high) return 'high';
  if (score >= levels.medium) return 'medium';
  return 'low';
}
