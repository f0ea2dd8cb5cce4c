/**
 * Risk levels that changed between two reports, and why: a score is the sum of its factors'
 * Shapley contributions (docs/scoring.md, "Contributions"); its change is attributed to the factors
 * by change-attribution.ts, and the factor with the largest part in the score's direction is named.
 */
import type { ReportRisk } from '../schema/index.js';
import type { FactorMoveEntry, LevelChangeEntry } from '../schema/comparison.js';
import { attributeChange } from './change-attribution.js';
import { compareText } from '../../core/compare-text.js';

const RANK: Record<string, number> = { critical: 4, high: 3, medium: 2, low: 1 };

interface Scored {
  path: string;
  risk: ReportRisk;
}

export function levelChanges<T extends Scored>(then: Map<string, T>, now: readonly T[]): LevelChangeEntry[] {
  const changes: LevelChangeEntry[] = [];
  for (const current of now) {
    const old = then.get(current.path);
    if (old === undefined || old.risk.level === current.risk.level) continue;
    changes.push({
      path: current.path,
      levelThen: old.risk.level,
      levelNow: current.risk.level,
      scoreThen: old.risk.score,
      scoreNow: current.risk.score,
      moved: factorMove(old.risk, current.risk),
    });
  }
  const rank = (level: string | null) => (level === null ? 0 : RANK[level] ?? 0);
  const delta = (c: LevelChangeEntry) => (c.scoreNow ?? 0) - (c.scoreThen ?? 0);
  return changes.sort((a, b) => rank(b.levelNow) - rank(a.levelNow) || delta(b) - delta(a) || compareText(a.path, b.path));
}

/**
 * The factor that accounts for most of the score's change the way the score moved (up for a rise,
 * down for a fall; the largest either way when the score stayed). null when neither side has factors.
 */
export function factorMove(then: ReportRisk, now: ReportRisk): FactorMoveEntry | null {
  if (then.factors.length === 0 && now.factors.length === 0) return null;
  const scoreThen = then.score ?? 0;
  const scoreNow = now.score ?? 0;
  const { method, shares } = attributeChange(then.factors, now.factors, scoreThen, scoreNow);
  const direction = Math.sign(scoreNow - scoreThen);
  const key = (s: { share: number }) => (direction === 0 ? Math.abs(s.share) : direction * s.share);
  // ties keep the first factor in the report's own order
  const best = shares.reduce((a, b) => (key(b) > key(a) ? b : a));
  const a = then.factors.find((f) => f.name === best.name);
  const b = now.factors.find((f) => f.name === best.name);
  return {
    name: best.name, share: best.share, method,
    valueThen: a?.value ?? null, valueNow: b?.value ?? null,
    detailThen: a?.detail ?? null, detailNow: b?.detail ?? null,
  };
}
