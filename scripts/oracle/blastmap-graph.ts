import { AnalyzerEmitter } from '../../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import { WarningSink } from '../../analyzer/core/warnings.js';
import { buildModuleGraph } from '../../analyzer/graph/index.js';
import type { ModuleGraph } from '../../analyzer/graph/model.js';

/** blastmap's own graph phase with default options, as the CLI would run it. */
export async function buildBlastmapGraph(
  repoDir: string,
  emitter = new AnalyzerEmitter(),
  warnings = new WarningSink(),
): Promise<{ graph: ModuleGraph; warnings: WarningSink }> {
  const graph = await buildModuleGraph({ repoDir, options: DEFAULT_OPTIONS, emitter, warnings });
  return { graph, warnings };
}
