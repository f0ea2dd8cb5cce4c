import type { ReportModule } from '../../analyzer/report/schema/index.js';
import { moduleMatches, type ModuleFilter } from './filters.js';

/**
 * The riskiest modules that pass the filter, by score, then blast radius, then path. A module
 * without a score (no git history) ranks below every scored one, so a report without history
 * lists its most depended-on modules.
 */
export function topRisks(modules: readonly ReportModule[], filter: ModuleFilter, limit: number): ReportModule[] {
  return modules
    .filter((m) => moduleMatches(m, filter))
    .sort((a, b) => (b.risk.score ?? -1) - (a.risk.score ?? -1) || b.graph.blastRadius - a.graph.blastRadius || (a.path < b.path ? -1 : 1))
    .slice(0, limit);
}
