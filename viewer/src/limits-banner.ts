import type { Report } from '../../analyzer/report/schema/index.js';
import { capital } from '../../analyzer/report/wording/capital.js';
import { reportLimits, type LimitCode } from '../../analyzer/report/wording/limits.js';

export interface BannerItem {
  code: LimitCode;
  headline: string;
  affects: string;
  details: string[];
}

export interface BannerContent {
  title: string;
  items: BannerItem[];
}

export const BANNER_TITLE = 'What this report could not see';

/**
 * The banner over the graph: the same limits report.md and the terminal state (one function,
 * analyzer/report/wording/limits.ts), as sentences. Null when there is nothing to say. Every string
 * stays a string: the page inserts them as text.
 */
export function limitsBanner(report: Pick<Report, 'repo' | 'authors' | 'warnings'>): BannerContent | null {
  const limits = reportLimits(report);
  if (limits.length === 0) return null;
  return {
    title: BANNER_TITLE,
    items: limits.map((l) => ({ code: l.code, headline: `${capital(l.headline)}.`, affects: `${capital(l.affects)}.`, details: l.details })),
  };
}
