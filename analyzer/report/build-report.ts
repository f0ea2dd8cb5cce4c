import type { ReportedOptions } from '../core/options.js';
import type { AnalyzerWarning } from '../core/warnings.js';
import type { ModuleGraph } from '../graph/model.js';
import type { HistoryModel } from '../history/model.js';
import { noProvenance, type ProvenanceModel } from '../history/provenance/model.js';
import type { GraphMetrics } from '../metrics/model.js';
import type { ScoreResult } from '../score/model.js';
import { moduleEntry } from './module-entry.js';
import { repoInfo, reportAuthors } from './repo-entries.js';
import type { Report, ReportCoupling } from './schema/index.js';
import { SCHEMA_VERSION } from './schema/version.js';
import { buildSummary } from './summary.js';

export interface ReportInput {
  toolVersion: string;
  root: string;
  options: ReportedOptions;
  graph: ModuleGraph;
  metrics: GraphMetrics;
  history: HistoryModel | null;
  /** line-level AI provenance; none when the repository records nothing */
  provenance?: ProvenanceModel;
  score: ScoreResult;
  layout: Map<string, { x: number; y: number }>;
  warnings: AnalyzerWarning[];
  clock: () => Date;
}

/** Assembles the report from the stage models; nothing here computes a figure of its own. */
export function buildReport(input: ReportInput): Report {
  const { graph, metrics, history, score } = input;
  const { options } = input;
  const provenance = input.provenance ?? noProvenance();
  const modules = graph.modules.map((module) =>
    moduleEntry(
      module,
      metrics.modules.get(module.path) as NonNullable<ReturnType<typeof metrics.modules.get>>,
      history?.files.get(module.path) ?? null,
      provenance.files.get(module.path) ?? null,
      score.modules.get(module.path) as NonNullable<ReturnType<typeof score.modules.get>>,
      input.layout.get(module.path),
    ),
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'blastmap', version: input.toolVersion },
    generatedFrom: { files: graph.filesSeen, excluded: Math.max(0, graph.filesSeen - graph.modules.length) },
    repo: repoInfo(input.root, history, input.options, input.clock),
    options: { ...options, betweenness: metrics.betweenness } as unknown as Record<string, unknown>,
    summary: buildSummary(graph, metrics, history, score.modules.values(), score.code),
    provenance: { gitAi: provenance.gitAi, agentTrace: provenance.agentTrace, notesRead: provenance.notesRead, traceRecordsRead: provenance.traceRecordsRead, filesBlamed: provenance.filesBlamed },
    modules,
    edges: graph.edges.map(({ source, target, typeOnly, dynamic, kind }) => ({ source, target, typeOnly, dynamic, kind })),
    cycles: metrics.cycles.map((members) => ({ members })),
    areas: score.areas,
    authors: reportAuthors(history, score.code.modulesAuthored),
    coupling: coupling(history, graph),
    warnings: inStableOrder(input.warnings),
  };
}

/** The graph and history stages add warnings side by side, so arrival order varies run to run. */
function inStableOrder(warnings: readonly AnalyzerWarning[]): AnalyzerWarning[] {
  const key = (w: AnalyzerWarning): string => `${w.path === undefined ? '0' : `1${w.path}`}\0${w.code}\0${w.message}`;
  return warnings.map((w) => ({ ...w })).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Files that change together; hidden when no import edge joins them either way. */
function coupling(history: HistoryModel | null, graph: ModuleGraph): ReportCoupling[] {
  if (!history) return [];
  // only edges between files of some pair can join one: a few hundred files among all the edges
  const inPairs = new Set(history.coChanges.flatMap((pair) => [pair.a, pair.b]));
  const joined = new Set<string>();
  for (const e of graph.edges) {
    if (inPairs.has(e.source) && inPairs.has(e.target)) joined.add(`${e.source}\0${e.target}`).add(`${e.target}\0${e.source}`);
  }
  return history.coChanges.map((pair) => ({ ...pair, hidden: !joined.has(`${pair.a}\0${pair.b}`) }));
}
