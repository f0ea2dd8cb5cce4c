import type { ModuleGraph } from '../graph/model.js';
import type { HistoryModel } from '../history/model.js';
import type { GraphMetrics } from '../metrics/model.js';
import type { CodeOwnership } from '../score/code-truck-factor.js';
import type { Risk } from '../score/model.js';
import type { ReportSummary } from './schema/index.js';

export function buildSummary(graph: ModuleGraph, metrics: GraphMetrics, history: HistoryModel | null, risks: Iterable<Risk>, code: CodeOwnership): ReportSummary {
  const levels = { low: 0, medium: 0, high: 0, critical: 0 };
  // without history nothing has a level, and every count stays 0
  for (const risk of risks) if (risk.level !== null) levels[risk.level] += 1;
  const humans = history?.authors.filter((a) => a.kind === 'human') ?? [];
  return {
    modules: graph.modules.length,
    testModules: graph.modules.filter((m) => m.test).length,
    kinds: kindCounts(graph),
    edges: graph.edges.length,
    cycles: metrics.cycles.length,
    truckFactor: code.truckFactor,
    truckFactorAuthors: code.truckFactorAuthors,
    aiCommitRatio: history?.aiCommitRatio ?? null,
    commits: history?.commitsAnalyzed ?? 0,
    authors: humans.length,
    activeAuthors: humans.filter((a) => a.active).length,
    monthly: history?.monthly ?? [],
    aiMarkers: Object.entries(history?.aiRuleMatches ?? {})
      .map(([rule, commits]) => ({ rule, commits }))
      .sort((a, b) => b.commits - a.commits || (a.rule < b.rule ? -1 : 1)),
    levels,
  };
}

function kindCounts(graph: ModuleGraph): ReportSummary['kinds'] {
  const kinds = { source: 0, test: 0, example: 0, tooling: 0 };
  for (const m of graph.modules) kinds[m.kind] += 1;
  return kinds;
}
