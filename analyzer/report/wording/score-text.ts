/**
 * How a score is printed wherever it is printed (report.md, the viewer): with as many decimals as
 * it takes for the printed value to fall on the same side of every level threshold as the score
 * itself. Two decimals alone would print 0.3457 as "0.35 low" while medium starts at 0.35; this
 * prints "0.346 low".
 */
export interface LevelThresholds {
  medium: number;
  high: number;
  critical: number;
}

const MIN_DECIMALS = 2;
const MAX_DECIMALS = 6;

/** The thresholds a report was scored with (`options.score.levels`), or null when it does not say. */
export function thresholdsOf(options: Record<string, unknown>): LevelThresholds | null {
  const score = options['score'];
  const levels = typeof score === 'object' && score !== null ? (score as Record<string, unknown>)['levels'] : undefined;
  if (typeof levels !== 'object' || levels === null) return null;
  const { medium, high, critical } = levels as Record<string, unknown>;
  const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
  return finite(medium) && finite(high) && finite(critical) ? { medium, high, critical } : null;
}

export function scoreText(score: number, thresholds: LevelThresholds | null): string {
  if (thresholds === null) return score.toFixed(MIN_DECIMALS);
  const limits = [thresholds.medium, thresholds.high, thresholds.critical];
  for (let decimals = MIN_DECIMALS; decimals <= MAX_DECIMALS; decimals++) {
    const text = score.toFixed(decimals);
    const printed = Number(text);
    // the same comparison levelOf makes: at or above a threshold is that level
    if (limits.every((t) => (printed >= t) === (score >= t))) return text;
  }
  // a score within 1e-6 of a threshold: the shortest text that reads back as the score itself
  return String(score);
}

/** "0.346 low", or what stands in for a score that could not be computed. */
export function scoreLabel(score: number | null, level: string | null, thresholds: LevelThresholds | null): string {
  return score === null || level === null ? NO_RISK_LEVEL : `${scoreText(score, thresholds)} ${level}`;
}

/** What every output says where a score would be, when there is no history to score with. */
export const NO_RISK_LEVEL = 'no risk level';
