import type { ReportModule, ReportRisk } from '../../analyzer/report/schema/index.js';

export type RiskLevel = NonNullable<ReportRisk['level']>;
export const RISK_LEVELS: readonly RiskLevel[] = ['critical', 'high', 'medium', 'low'];

export type TestFilter = 'all' | 'code' | 'tests';

export interface ModuleFilter {
  levels: ReadonlySet<RiskLevel>;
  /** area path: only modules in it or below it; null for all */
  area: string | null;
  tests: TestFilter;
}

export const NO_FILTER: ModuleFilter = { levels: new Set(RISK_LEVELS), area: null, tests: 'all' };

export function moduleMatches(m: ReportModule, filter: ModuleFilter): boolean {
  // a module without a level (no git history) is in none of them, and no level box hides it
  if (m.risk.level !== null && !filter.levels.has(m.risk.level)) return false;
  if (filter.tests === 'code' && m.test) return false;
  if (filter.tests === 'tests' && !m.test) return false;
  return filter.area === null || isUnder(m.area, filter.area);
}

export function isUnder(path: string, area: string): boolean {
  return area === '.' || path === area || path.startsWith(`${area}/`);
}
