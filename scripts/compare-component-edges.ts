/**
 * blastmap's component edges against dependency-cruiser's (issue #17). Usage:
 *
 *   node --import tsx scripts/compare-component-edges.ts <repo> --depcruise <path/to/depcruise> [--ts-config tsconfig.json] [--samples 20]
 *   node --import tsx scripts/compare-component-edges.ts <repo> --cruise-json <depcruise output.json>
 *
 * dependency-cruiser is run (no shell) as `depcruise --no-config --output-type json --exclude
 * node_modules [--ts-config …] .` in the repository, with @vue/compiler-sfc and svelte installed
 * beside it so that it parses components. Edges are in-repository file pairs; a component edge
 * is one whose either end is a `.vue`, `.svelte` or `.astro` file. Prints how many of
 * depcruise's component edges blastmap finds (the bar is 99 %), what each tool alone found with
 * the specifier written, whether every tracked component is a module or named in a warning,
 * and the two graph stages' times.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { componentExtension, sourceExtension } from '../analyzer/graph/source-extensions.js';
import { buildBlastmapGraph } from './oracle/blastmap-graph.js';
import { cruisedEdges, type CruiseResult } from './oracle/depcruise-edges.js';

const THRESHOLD = 0.99;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { depcruise: { type: 'string' }, 'cruise-json': { type: 'string' }, 'ts-config': { type: 'string' }, samples: { type: 'string', default: '20' } },
});
const repoDir = path.resolve(positionals[0] ?? '.');
const samples = Number(values.samples);
const tracked = execFileSync('git', ['-c', 'core.quotePath=false', 'ls-files', '-z'], { cwd: repoDir, maxBuffer: 1 << 28 }).toString('utf8').split('\0').filter(Boolean);
const trackedSet = new Set(tracked);

let cruiseMs = Number.NaN;
let cruise: CruiseResult;
if (values['cruise-json']) cruise = JSON.parse(readFileSync(values['cruise-json'], 'utf8')) as CruiseResult;
else if (values.depcruise) {
  const args = ['--no-config', '--output-type', 'json', '--exclude', '(^|/)node_modules/', ...(values['ts-config'] ? ['--ts-config', values['ts-config']] : []), '.'];
  const started = performance.now();
  cruise = JSON.parse(execFileSync(values.depcruise, args, { cwd: repoDir, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8')) as CruiseResult;
  cruiseMs = performance.now() - started;
} else throw new Error('give --depcruise <binary> or --cruise-json <file>');

const started = performance.now();
const { graph, warnings } = await buildBlastmapGraph(repoDir);
const oursMs = performance.now() - started;

const isComponentEdge = (edge: string): boolean => edge.split('\0').some((end) => componentExtension(end) !== null);
const theirs = cruisedEdges(cruise, (p) => trackedSet.has(p));
const oursAll = new Set(graph.edges.map((e) => `${e.source}\0${e.target}`));
const ours = new Set([...oursAll].filter(isComponentEdge));
// an asset (an image, `.svg?component`, JSON) is not a module in blastmap: only edges between code files compare
const isCodeEdge = (edge: string): boolean => edge.split('\0').every((end) => sourceExtension(end) !== null);
const cruisedAll = [...theirs.edges].filter(isComponentEdge);
const cruised = new Set(cruisedAll.filter(isCodeEdge));
const both = [...cruised].filter((e) => ours.has(e));
const onlyTheirs = [...cruised].filter((e) => !ours.has(e));
const onlyOurs = [...ours].filter((e) => !cruised.has(e));

const modules = new Set(graph.modules.map((m) => m.path));
const warned = new Map(warnings.items.filter((w) => w.path !== undefined).map((w) => [w.path as string, w.code]));
const components = tracked.filter((p) => componentExtension(p) !== null);
const lost = components.filter((p) => !modules.has(p) && !warned.has(p));
const componentModules = components.filter((p) => modules.has(p)).length;
const componentWarnings = new Map<string, number>();
for (const p of components) if (warned.has(p)) componentWarnings.set(warned.get(p) as string, (componentWarnings.get(warned.get(p) as string) ?? 0) + 1);

const pct = (x: number): string => `${(100 * x).toFixed(2)} %`;
const seconds = (ms: number): string => (Number.isNaN(ms) ? 'not timed' : `${(ms / 1000).toFixed(1)} s`);
console.log(`repo ${repoDir}: ${tracked.length} tracked files, ${components.length} components`);
console.log(`components: ${componentModules} modules, warned ${[...componentWarnings].map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}, neither ${lost.length}${lost.length > 0 ? `: ${lost.slice(0, samples).join(', ')}` : ''}`);
console.log(`graph stage: blastmap ${seconds(oursMs)} (${graph.modules.length} modules, ${graph.edges.length} edges); depcruise ${seconds(cruiseMs)} (${cruise.modules.length} modules)`);
console.log(`component edges: depcruise ${cruised.size} (and ${cruisedAll.length - cruised.size} to assets, not compared), blastmap ${ours.size}, both ${both.length}`);
const covered = cruised.size === 0 ? 1 : both.length / cruised.size;
console.log(`depcruise's component edges blastmap finds: ${pct(covered)}`);
list('only in depcruise', onlyTheirs, (edge) => `spec ${JSON.stringify(theirs.specifiers.get(edge))}`);
list('only in blastmap', onlyOurs, (edge) => {
  const unresolved = theirs.unresolved.get(edge.split('\0')[0] as string) ?? [];
  return unresolved.length > 0 ? `depcruise could not resolve from this file: ${unresolved.slice(0, 4).map((s) => JSON.stringify(s)).join(', ')}` : 'depcruise resolved every import of this file elsewhere';
});
if (covered < THRESHOLD || lost.length > 0) {
  console.log(`FAIL: ${covered < THRESHOLD ? `coverage below ${pct(THRESHOLD)}` : ''}${lost.length > 0 ? ' components neither modules nor warned' : ''}`);
  process.exitCode = 1;
}

function list(title: string, edges: string[], explain: (edge: string) => string): void {
  if (edges.length === 0) return;
  console.log(`\n${title}: ${edges.length}`);
  for (const edge of edges.slice(0, samples)) console.log(`  ${edge.replace('\0', ' -> ')}  ${explain(edge)}`);
}
