import type { ReportedOptions } from '../core/options.js';
import type { AnalyzerWarning } from '../core/warnings.js';
import type { ModuleGraph } from '../graph/model.js';
import type { HistoryModel } from '../history/model.js';
import { noProvenance, type ProvenanceModel } from '../history/provenance/model.js';
import type { GraphMetrics } from '../metrics/model.js';
import type { ScoreResult } from '../score/model.js';
import { moduleEntry } from './module-entry.js';
import { repoInfo, reportAuthors } from './repo-entries.js';
import type { Report, ReportArea, ReportCodeowners, ReportCoupling } from './schema/index.js';
import type { DeclaredOwnersResult, OwnersFigures } from '../score/declared-owners.js';
import { suggestCodeowners } from './codeowners-patch.js';
import { SCHEMA_VERSION } from './schema/version.js';
import { buildSummary } from './summary.js';
import { couplingPairs } from './coupling-pairs.js';

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
  /** declared owners against real ones (score/declared-owners.ts); absent: none are reported */
  owners?: DeclaredOwnersResult;
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
      input.owners?.modules.get(module.path),
    ),
  );
  const owners = input.owners;
  const areas = owners ? score.areas.map((area) => withOwners(area, owners.areas.get(area.path))) : score.areas;
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
    areas,
    authors: reportAuthors(history, score.code.modulesAuthored),
    coupling: couplingPairs(history, graph),
    warnings: inStableOrder(input.warnings),
    ...(owners ? { codeowners: codeownersEntry(owners, score.areas, history) } : {}),
  };
}

function withOwners(area: ScoreResult['areas'][number], owners: OwnersFigures | undefined): ReportArea {
  return owners ? { ...area, owners } : area;
}

/** The top-level `codeowners` entry: the file, its owners mapped to people, and the suggested change. */
function codeownersEntry(owners: DeclaredOwnersResult, areas: ScoreResult['areas'], history: HistoryModel | null): ReportCodeowners | null {
  const emailOf = new Map((history?.authors ?? []).map((a) => [a.id, a.email]));
  const suggestion = suggestCodeowners({ file: owners.file, areas, areaOwners: owners.areas, loginOf: owners.loginOf, emailOf });
  if (owners.file === null) {
    // no CODEOWNERS: the report still carries the proposed new file
    return suggestion.patch === '' ? null : { exists: false, path: suggestion.path, used: false, rules: 0, owners: [], logins: Object.fromEntries(owners.loginOf), suggestion };
  }
  return { exists: true, path: owners.file.path, used: owners.file.used, rules: owners.file.rules, owners: owners.owners, logins: Object.fromEntries(owners.loginOf), suggestion };
}

/** The graph and history stages add warnings side by side, so arrival order varies run to run. */
function inStableOrder(warnings: readonly AnalyzerWarning[]): AnalyzerWarning[] {
  const key = (w: AnalyzerWarning): string => `${w.path === undefined ? '0' : `1${w.path}`}\0${w.code}\0${w.message}`;
  return warnings.map((w) => ({ ...w })).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
