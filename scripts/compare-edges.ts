import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS } from '../analyzer/core/options.js';
import { computeMetrics } from '../analyzer/metrics/index.js';
import { buildBlastmapGraph } from './oracle/blastmap-graph.js';
import { edgeAgreement, specifierKind, suspectSpecifiers, type EdgeAgreement } from './oracle/edge-agreement.js';
import { graphFigures } from './oracle/graph-figures.js';
import { oracleEdges, type OracleResult } from './oracle/ts-edges.js';

const THRESHOLD = 0.97;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { samples: { type: 'string', default: '20' }, json: { type: 'string' } },
});
const repoDir = path.resolve(positionals[0] ?? '.');
const sampleCount = Number(values.samples);

const started = performance.now();
const { graph, warnings } = await buildBlastmapGraph(repoDir);
const oursMs = performance.now() - started;
const modulePaths = graph.modules.map((m) => m.path);
const oracleStarted = performance.now();
const oracle = oracleEdges(repoDir, modulePaths);
const oracleMs = performance.now() - oracleStarted;

const ours = new Set(graph.edges.map((e) => `${e.source}\0${e.target}`));
const agreement = edgeAgreement(ours, oracle.edges);
const kindOf = new Map(graph.edges.map((e) => [`${e.source}\0${e.target}`, e.kind]));

const pct = (x: number) => `${(100 * x).toFixed(2)} %`;
console.log(`repo ${repoDir}: ${modulePaths.length} modules (blastmap ${(oursMs / 1000).toFixed(1)} s, oracle ${(oracleMs / 1000).toFixed(1)} s)`);
console.log(`edges: ours ${agreement.ours}, oracle ${agreement.oracle}, both ${agreement.both}`);
console.log(`ours found by oracle: ${pct(agreement.oursConfirmed)}; oracle found by ours: ${pct(agreement.oracleCovered)}`);
const unbuiltWorkspace = agreement.onlyOurs.filter((e) => causeOf(e) === 'workspace-package').length;
if (unbuiltWorkspace > 0) {
  const adjusted = agreement.both / (agreement.ours - unbuiltWorkspace);
  console.log(`ours found by oracle, not counting ${unbuiltWorkspace} edges into workspace packages TypeScript cannot resolve (entry not built): ${pct(adjusted)}`);
}
console.log(`oracle: ${oracle.unresolved} specifiers unresolved; blastmap: ${warnings.items.filter((w) => w.code === 'unresolved-import').length} unresolved-import warnings`);

report('only in blastmap', agreement.onlyOurs, (edge) => {
  const [source, target] = edge.split('\0') as [string, string];
  const suspects = suspectSpecifiers(oracle, source, target).map((s) => `${JSON.stringify(s.specifier)} ${s.why}`);
  return `[${kindOf.get(edge)}] oracle failed on: ${suspects.join(', ') || '(nothing: it resolved every specifier elsewhere)'}`;
});
report('only in oracle', agreement.onlyOracle, (edge) => `spec ${JSON.stringify(oracle.specifiers.get(edge))} (config ${oracle.configOf.get(edge.split('\0')[0]!) ?? 'fallback'})`);
reportFigures();

if (values.json) writeFileSync(values.json, JSON.stringify(jsonReport(agreement, oracle), null, 2));
const ok = agreement.oursConfirmed >= THRESHOLD && agreement.oracleCovered >= THRESHOLD;
if (!ok) console.log(`FAIL: agreement below ${pct(THRESHOLD)}`);
process.exitCode = ok ? 0 : 1;

function report(title: string, edges: string[], explain: (edge: string) => string): void {
  if (edges.length === 0) return;
  const byKind = new Map<string, number>();
  for (const edge of edges) {
    const kind = causeOf(edge);
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  const kinds = [...byKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`\n${title}: ${edges.length} (${kinds})`);
  for (const edge of edges.slice(0, sampleCount)) console.log(`  ${edge.replace('\0', ' -> ')}  ${explain(edge)}`);
}

function causeOf(edge: string): string {
  const spec = oracle.specifiers.get(edge);
  if (spec !== undefined) return specifierKind(spec, oracle.workspacePackages.has(spec));
  const [source, target] = edge.split('\0') as [string, string];
  const suspect = suspectSpecifiers(oracle, source, target)[0];
  return specifierKind(suspect?.specifier, suspect?.workspacePackage);
}

function reportFigures(): void {
  const split = (set: Set<string>) => [...set].map((e) => ({ source: e.split('\0')[0]!, target: e.split('\0')[1]! }));
  const oursFigures = graphFigures({ modules: graph.modules, edges: split(ours) });
  const oracleFigures = graphFigures({ modules: graph.modules, edges: split(oracle.edges) });
  const differing = graph.modules
    .map((m) => ({ path: m.path, ours: oursFigures.get(m.path)!.blastRadius, oracle: oracleFigures.get(m.path)!.blastRadius }))
    .filter((d) => d.ours !== d.oracle)
    .sort((a, b) => Math.abs(b.ours - b.oracle) - Math.abs(a.ours - a.oracle));
  console.log(`\nblast radius (BFS) on our edges vs the oracle's differs on ${differing.length} of ${graph.modules.length} modules`);
  for (const d of differing.slice(0, 10)) console.log(`  ${d.path}: ours ${d.ours}, oracle ${d.oracle}`);

  const metrics = computeMetrics(graph, DEFAULT_OPTIONS).modules;
  const wrong = graph.modules.filter((m) => {
    const [mine, bfs] = [metrics.get(m.path), oursFigures.get(m.path)!];
    return !mine || mine.fanIn !== bfs.fanIn || mine.fanOut !== bfs.fanOut || mine.blastRadius !== bfs.blastRadius;
  });
  console.log(`blastmap metrics vs plain BFS on the same edges: ${wrong.length} modules differ in fanIn/fanOut/blastRadius`);
  for (const m of wrong.slice(0, 10)) console.log(`  ${m.path}: metrics ${JSON.stringify(metrics.get(m.path))}, BFS ${JSON.stringify(oursFigures.get(m.path))}`);
}

function jsonReport(a: EdgeAgreement, o: OracleResult) {
  const pair = (e: string) => ({ source: e.split('\0')[0], target: e.split('\0')[1], specifier: o.specifiers.get(e) ?? null });
  return {
    repoDir,
    modules: modulePaths.length,
    ours: a.ours,
    oracle: a.oracle,
    both: a.both,
    oursConfirmed: a.oursConfirmed,
    oracleCovered: a.oracleCovered,
    oracleUnresolved: o.unresolved,
    onlyOurs: a.onlyOurs.map(pair),
    onlyOracle: a.onlyOracle.map(pair),
  };
}
