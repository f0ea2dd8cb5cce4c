import type { Target } from './element-ids.js';
import type { ReportIndex } from './report-index.js';

export interface SearchHit extends Target {
  score: number;
}

/**
 * Modules and areas whose path contains the query (case-insensitive), best first: a file name
 * that starts with it, then any path containing it; ties go to the riskier one.
 */
export function searchPaths(index: ReportIndex, query: string, limit = 12): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const hits: SearchHit[] = [];
  for (const m of index.report.modules) {
    const path = m.path.toLowerCase();
    const at = path.indexOf(q);
    if (at < 0) continue;
    const nameStart = path.lastIndexOf('/') + 1;
    hits.push({ kind: 'module', path: m.path, score: (at === nameStart ? 2 : at >= nameStart ? 1 : 0) + (m.risk.score ?? 0) });
  }
  for (const path of index.areaNodes.keys()) {
    if (path !== '.' && path.toLowerCase().includes(q)) hits.push({ kind: 'area', path, score: 0.5 + (index.areas.get(path)?.risk.score ?? 0) });
  }
  return hits.sort((a, b) => b.score - a.score || (a.path < b.path ? -1 : 1)).slice(0, limit);
}
