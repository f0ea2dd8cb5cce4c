import type { AnalyzerEmitter } from './core/events.js';
import type { AnalyzeOptions } from './core/options.js';
import { TOOL_VERSION } from './core/version.js';
import type { WarningSink } from './core/warnings.js';
import { buildModuleGraph } from './graph/index.js';
import { isDeclarationFile, sourceExtension } from './graph/source-extensions.js';
import { readCodeowners } from './graph/codeowners/read.js';
import { resolveLeaving, UnknownPersonError, withLeavers } from './history/leaving.js';
import { readFamiliarityFile } from './history/familiarity-file.js';
import type { HistoryAuthorship, HistoryModel } from './history/model.js';
import type { ModuleGraph } from './graph/model.js';
import { indexAreas } from './metrics/area-tree.js';
import { resolveFamiliarity, type FamiliarityFacts } from './score/familiarity.js';
import { measureProvenance, noProvenance, readProvenanceRecords, realProvenanceGit, type ProvenanceModel } from './history/provenance/index.js';
import type { HistoryThread } from './incremental/history-thread.js';
import type { Reuse } from './incremental/index.js';
import { computeMetrics } from './metrics/index.js';
import { anonymizeReport } from './report/anonymize.js';
import { buildReport } from './report/build-report.js';
import { computeLayout } from './report/layout/layout.js';
import type { Report } from './report/schema/index.js';
import { reportErrors } from './report/validate.js';
import { declaredOwners } from './score/declared-owners.js';
import { areaOf, scoreRisk } from './score/index.js';
import { computeTrend } from './trend/index.js';

/**
 * The pipeline's stages, loaded by analyze.ts once the history thread runs: the graph beside the
 * history, line-level AI provenance beside both, then metrics, score and the report model.
 */
export interface StageRun {
  root: string;
  repoDir: string;
  options: AnalyzeOptions;
  emitter: AnalyzerEmitter;
  warnings: WarningSink;
  reuse: Reuse | null;
  thread: HistoryThread;
  clock: () => Date;
}

/** The stages after the history thread has started: graph beside history, then metrics, score and the report. */
export async function runStages({ root, repoDir, options: given, emitter, warnings, reuse, thread, clock }: StageRun): Promise<Report> {
  let options = given;
  const graphInput = { repoDir: root, options, emitter, warnings };
  const graphBuilt = emitter.time('graph', () => (reuse ? reuse.buildGraph(graphInput) : buildModuleGraph(graphInput)));
  // git is listing the files: the earlier runs' results are read meanwhile
  const preloaded = reuse?.preload();
  // the score needs all of the history but its co-change pairs, which the worker counts meanwhile
  const historyRead = emitter.time('history', () => thread.authorship);
  const linesRead = lineProvenance(root, options, historyRead, emitter, warnings);
  // Work that needs only the graph (the metrics, the map's geometry, which places each module by
  // its blast radius) is done while the history stage finishes when that stage has a thread of its
  // own (a warm run, where it is the longer path). On this thread it would stall the log's reading.
  const figures = async (graph: ModuleGraph) => {
    const compute = () => {
      const metrics = computeMetrics(graph, given);
      const modules = graph.modules.map((m) => ({ path: m.path, area: areaOf(m.path), blastRadius: metrics.modules.get(m.path)?.blastRadius ?? 0 }));
      return { metrics, layout: computeLayout({ modules, edges: graph.edges }) };
    };
    const timed = await emitter.time('metrics', () => (reuse ? reuse.figures(graph, given, compute) : compute()));
    if (!timed.metrics.betweenness.exact)
      warnings.add('betweenness-sampled', `betweenness estimated from ${String(timed.metrics.betweenness.samples)} sampled sources over ${timed.metrics.betweenness.nodes} modules (above betweennessExactUpTo)`);
    return timed;
  };
  const graphDone = Promise.all([graphBuilt, preloaded]).then(([graph]) => {
    reuse?.graphDone();
    return graph;
  });
  const early = thread.ownThread ? graphDone.then(figures) : null;
  const [graph, mined, provenance] = await Promise.all([graphDone, historyRead, linesRead, early]);
  const { metrics, layout } = (await early) ?? (await figures(graph));
  const codeowners = readCodeowners(root, warnings);
  // "as if someone left": the people named become inactive at "now", in every later figure
  const leaving = leavingIds(mined, options.leaving);
  options = { ...options, leaving };
  const history = mined.available ? withLeavers(mined, leaving) : null;
  const familiarity = teamRatings(root, graph, history, warnings);
  // line-level provenance is read at HEAD only: a point's area scores would lack it, so they are left out
  const perArea = !(provenance.gitAi || provenance.agentTrace);
  if (options.trend && !perArea) warnings.add('trend-areas-skipped', 'the repository records line-level AI provenance, read at HEAD only: the trend has no per-area figures');
  const trend = options.trend ? await emitter.time('trend', () => computeTrend(root, options, emitter, warnings, undefined, perArea)) : null;
  const runOptions = options;
  // declared owners are timed with the score: matching every module against CODEOWNERS is part of judging it
  const [score, owners] = await emitter.time('score', () => [scoreRisk({ graph, metrics, history, provenance, options: runOptions, familiarity }), declaredOwners(graph, history, codeowners, runOptions, warnings)] as const);
  const report = await emitter.time('report', async () => {
    // where the run wrote its outputs and kept its earlier work is the machine's business: the
    // same repository at the same HEAD gives the same report
    const { cacheDir: _cacheDir, out: _out, ...reported } = options;
    const { coChanges, couplingCommits } = await thread.model;
    const whole = buildReport({ toolVersion: TOOL_VERSION, root: repoDir, options: reported, graph, metrics, history: history && { ...history, coChanges, couplingCommits }, provenance, score, owners, layout, warnings: warnings.items, clock });
    const built = trend === null ? whole : { ...whole, trend };
    const report = options.anonymize ? anonymizeReport(built) : built;
    const errors = reportErrors(report);
    if (errors.length > 0) throw new Error(`internal error: the report does not match its schema: ${errors.join('; ')}`);
    return report;
  });
  reuse?.finish();
  return report;
}

/** The author ids of `--leaving`; a person the history does not know is fatal input. */
function leavingIds(history: HistoryAuthorship, references: readonly string[]): string[] {
  if (references.length === 0) return [];
  if (!history.available) throw new UnknownPersonError(`--leaving: '${references[0] ?? ''}' cannot be found: the directory has no git history`);
  return resolveLeaving(history, references);
}

/** The team's own ratings of the areas, from the working tree's .blastmap/familiarity.csv (an empty map without one). */
function teamRatings(root: string, graph: ModuleGraph, history: HistoryAuthorship | null, warnings: WarningSink): Map<string, FamiliarityFacts> {
  const rows = readFamiliarityFile(root, warnings);
  if (rows === null) return new Map();
  const areas = new Set(indexAreas(graph.modules.map((m) => m.path)).paths);
  return resolveFamiliarity(rows, history?.authors ?? null, areas, warnings);
}

/** What the graph stage could take as a module, by name: only such files are blamed. */
const couldBeModule = (path: string): boolean => sourceExtension(path) !== null && !isDeclarationFile(path);

/**
 * Line-level AI provenance: the records are read at once, beside both stages; the blames wait for
 * the history model (HEAD, former paths). Without records this is the one cheap check, with no
 * phase of its own.
 */
async function lineProvenance(root: string, options: AnalyzeOptions, history: Promise<HistoryAuthorship>, emitter: AnalyzerEmitter, warnings: WarningSink): Promise<ProvenanceModel> {
  const git = realProvenanceGit(root);
  const records = await readProvenanceRecords(git, warnings, { keep: couldBeModule });
  if (records === null) return noProvenance();
  const mined = await history;
  return emitter.time('provenance', () => measureProvenance({ git, records, history: mined, wanted: couldBeModule, maxFileBytes: options.maxFileBytes, emitter, warnings }));
}
