import type { AnalyzeOptions } from '../core/options.js';
import type { ModuleGraph } from '../graph/model.js';
import { buildAdjacency, indexEdges } from './adjacency.js';
import { areaReach } from './area-reach.js';
import { indexAreas } from './area-tree.js';
import { betweenness } from './betweenness.js';
import { blastRadius } from './blast-radius.js';
import { importCycles } from './cycles.js';
import { fanInOut } from './fan.js';
import { popcount } from './bitset.js';
import { componentMembers, stronglyConnectedComponents } from './strongly-connected.js';
import type { GraphMetrics, ModuleMetrics } from './model.js';
import { pagerank } from './pagerank.js';
import { transitiveDependents } from './reach.js';

export const BETWEENNESS_SEED = 20_240_601;

/** Every per-module graph figure, from the extracted graph alone. */
export function computeMetrics(graph: ModuleGraph, options: Pick<AnalyzeOptions, 'betweennessExactUpTo' | 'betweennessSamples'>): GraphMetrics {
  const paths = graph.modules.map((m) => m.path);
  // only the product counts (report contract, "What kind of code a module is"): a file that only
  // tests, examples or tooling depend on is not a hub
  const counted = Uint8Array.from(graph.modules, (m) => (m.kind === 'source' ? 1 : 0));
  const all = indexEdges(paths, graph.edges);
  const adjacency = buildAdjacency(paths.length, all.pairs);
  const fan = fanInOut(paths.length, all.pairs);
  const scc = stronglyConnectedComponents(adjacency);
  const out: number[][] = paths.map(() => []);
  for (const [source, target] of all.pairs) out[source]!.push(target);
  // One pass over the condensation gives every component's dependents: a module's blast radius
  // (its source dependents, itself left out) and every area's reach (area-reach.ts).
  const reach = transitiveDependents(graph.modules.map((m) => m.kind !== 'source'), out, { of: scc.component, members: componentMembers(scc.component, scc.count) });
  const perComponent = reach.dependents.map(popcount);
  const blast = Uint32Array.from(paths, (_, i) => (perComponent[reach.components.of[i] as number] as number) - (counted[i] as number));
  const symbols = indexEdges(paths, graph.symbolEdges);
  const symbolFan = fanInOut(paths.length, symbols.pairs);
  const symbolBlast = blastRadius(buildAdjacency(paths.length, symbols.pairs), counted);
  const cycles = importCycles(adjacency, paths, graph.selfImports, scc);
  const cycleOf = new Map<string, number>();
  cycles.forEach((members, i) => members.forEach((path) => cycleOf.set(path, i)));

  const core = graph.modules.filter((m) => m.kind === 'source').map((m) => m.path);
  const coreEdges = indexEdges(core, graph.edges);
  const coreAdjacency = buildAdjacency(core.length, coreEdges.pairs);
  const between = betweenness(coreAdjacency, core, {
    exactUpTo: options.betweennessExactUpTo,
    samples: options.betweennessSamples,
    seed: BETWEENNESS_SEED,
  });
  const rankValues = pagerank(coreAdjacency);
  const ranks = new Map(core.map((path, i) => [path, rankValues[i] as number]));

  const modules = new Map<string, ModuleMetrics>();
  paths.forEach((path, i) => {
    modules.set(path, {
      fanIn: fan.fanIn[i] as number,
      fanOut: fan.fanOut[i] as number,
      blastRadius: blast[i] as number,
      betweenness: finite(between.values.get(path)),
      pagerank: finite(ranks.get(path)),
      symbolFanIn: symbolFan.fanIn[i] as number,
      symbolBlastRadius: symbolBlast[i] as number,
      cycle: cycleOf.get(path) ?? null,
    });
  });
  const areas = areaReach(indexAreas(paths), paths, out, reach);
  return { modules, areas, cycles, betweenness: between.mode };
}

function finite(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) ? value : 0;
}
