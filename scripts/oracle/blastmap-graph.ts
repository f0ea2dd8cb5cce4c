import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AnalyzerEmitter } from '../../analyzer/core/events.js';
import { DEFAULT_OPTIONS, type AnalyzeOptions } from '../../analyzer/core/options.js';
import { WarningSink } from '../../analyzer/core/warnings.js';
import type { ModuleGraph } from '../../analyzer/graph/model.js';

// Loaded by URL so this file type-checks while the graph builder is still being written.
const GRAPH_ENTRY = new URL('../../analyzer/graph/index.ts', import.meta.url);

type BuildModuleGraph = (input: {
  repoDir: string;
  options: AnalyzeOptions;
  emitter: AnalyzerEmitter;
  warnings: WarningSink;
}) => Promise<ModuleGraph>;

export function graphBuilderPath(): string {
  return fileURLToPath(GRAPH_ENTRY);
}

export function graphBuilderExists(): boolean {
  return existsSync(GRAPH_ENTRY);
}

/** Imports the graph builder; call it first when the import itself must not be timed. */
export async function loadGraphBuilder(): Promise<BuildModuleGraph> {
  return ((await import(GRAPH_ENTRY.href)) as { buildModuleGraph: BuildModuleGraph }).buildModuleGraph;
}

export async function buildBlastmapGraph(
  repoDir: string,
  emitter = new AnalyzerEmitter(),
  warnings = new WarningSink(),
): Promise<{ graph: ModuleGraph; warnings: WarningSink }> {
  const buildModuleGraph = await loadGraphBuilder();
  const graph = await buildModuleGraph({ repoDir, options: DEFAULT_OPTIONS, emitter, warnings });
  return { graph, warnings };
}
