import { analyze } from '../../analyzer/analyze.js';
import { AnalyzerEmitter, type Phase } from '../../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import { buildBlastmapGraph } from '../oracle/blastmap-graph.js';

/**
 * Child-process runner for the bench, so peak RSS is blastmap's own. Runs the whole pipeline
 * (`analyze`), or the graph phase alone with --graph-only; every phase reports through the
 * emitter, so phases added to the pipeline show up here unchanged. Prints one JSON line.
 */
const repoDir = process.argv[2];
if (!repoDir) throw new Error('usage: run-graph.ts <repoDir> [--graph-only]');
const graphOnly = process.argv.includes('--graph-only');

const emitter = new AnalyzerEmitter();
const phases: Partial<Record<Phase, number>> = {};
emitter.on('phase-end', ({ phase, ms }) => (phases[phase] = (phases[phase] ?? 0) + ms));

const started = performance.now();
let counts: Record<string, number>;
if (graphOnly) {
  const { graph } = await emitter.time('graph', () => buildBlastmapGraph(repoDir, emitter));
  counts = { modules: graph.modules.length, edges: graph.edges.length, filesSeen: graph.filesSeen };
} else {
  // analyze builds the report model and writes nothing, so `out` is irrelevant
  const report = await analyze(repoDir, DEFAULT_OPTIONS, emitter);
  counts = { modules: report.modules.length };
}
const totalMs = performance.now() - started;

console.log(JSON.stringify({ mode: graphOnly ? 'graph' : 'analyze', totalMs, phases, maxRssKb: process.resourceUsage().maxRSS, ...counts }));
