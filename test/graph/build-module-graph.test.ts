import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyzerEmitter } from '../../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import { WarningSink } from '../../analyzer/core/warnings.js';
import { buildModuleGraph } from '../../analyzer/graph/index.js';
import type { ModuleGraph } from '../../analyzer/graph/model.js';
import { computeMetrics } from '../../analyzer/metrics/index.js';
import { buildGraphFixture, GRAPH_FIXTURE_EXPECTED, GRAPH_FIXTURE_FILES } from '../../scripts/fixtures/graph-fixture.js';
import { SOURCE_EXTENSIONS } from '../../analyzer/graph/source-extensions.js';

let dir: string;
let graph: ModuleGraph;
const warnings = new WarningSink();

beforeAll(async () => {
  dir = buildGraphFixture();
  graph = await buildModuleGraph({ repoDir: dir, options: DEFAULT_OPTIONS, emitter: new AnalyzerEmitter(), warnings });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('buildModuleGraph on the hand-worked fixture', () => {
  it('finds exactly the expected modules and edges', () => {
    expect(graph.modules.map((m) => m.path)).toEqual(GRAPH_FIXTURE_EXPECTED.modules);
    expect(graph.edges).toEqual(GRAPH_FIXTURE_EXPECTED.edges);
  });

  it('names every tracked source file that is not a module in warnings, with why', () => {
    const named = (entries: Array<[string | undefined, string]>) => entries.map(([path, code]) => `${path}: ${code}`).sort();
    expect(named(warnings.items.map((w) => [w.path, w.code]))).toEqual(named(Object.entries(GRAPH_FIXTURE_EXPECTED.warnings)));
    const modules = new Set(graph.modules.map((m) => m.path));
    const sources = Object.keys(GRAPH_FIXTURE_FILES).filter((p) => SOURCE_EXTENSIONS.some((ext) => p.endsWith(ext)));
    // the warned files left out; src/broken.ts (parse-error) and src/missing.ts (unresolved) stay modules
    expect(sources.filter((p) => !modules.has(p)).sort()).toEqual(['src/bundle.min.js', 'src/generated.ts', 'src/image.ts', 'src/types.d.ts', 'vendor/lib.js']);
  });

  it('lists packages and builtins by name, and says which import it could not resolve', () => {
    const missing = graph.modules.find((m) => m.path === 'src/missing.ts');
    expect(missing?.externals).toEqual(['lodash', 'node:fs']);
    const unresolved = warnings.items.filter((w) => w.code === 'unresolved-import');
    expect(unresolved).toHaveLength(1);
    expect(unresolved[0]?.message).toContain("'./does-not-exist'");
  });

  it('marks test code and the barrel', () => {
    expect(graph.modules.filter((m) => m.test).map((m) => m.path)).toEqual(['test/main.test.ts']);
    expect(graph.modules.filter((m) => m.barrel).map((m) => m.path)).toEqual(['packages/util/src/index.ts']);
  });

  it('follows the barrel to where a symbol is defined', () => {
    const users = (target: string) => graph.symbolEdges.filter((e) => e.target === target).map((e) => e.source);
    expect(users('packages/util/src/strings.ts')).toEqual(['src/main.ts']);
    expect(users('packages/util/src/index.ts')).toEqual([]);
    expect(users('packages/util/src/math.ts')).toEqual([]);
  });

  it('measures size and complexity', () => {
    const helper = graph.modules.find((m) => m.path === 'src/helper.ts');
    expect(helper?.size).toEqual({ loc: 3, complexity: 2, maxFunctionComplexity: 1, functions: 1 });
    const math = graph.modules.find((m) => m.path === 'packages/util/src/math.ts');
    expect(math?.size.complexity).toBe(4); // top level 1 + arrow 1 + two conditionals
  });

  it('gives the contract figures, worked by hand', () => {
    const metrics = computeMetrics(graph, DEFAULT_OPTIONS).modules;
    // helper.ts is imported by main, legacy and broken; main is imported by the test only.
    expect(metrics.get('src/helper.ts')).toMatchObject({ fanIn: 3, fanOut: 0, blastRadius: 3 });
    expect(metrics.get('src/main.ts')).toMatchObject({ fanIn: 1, fanOut: 4, blastRadius: 0 });
    // strings.ts: reached by index.ts and main.ts; only main.ts uses a symbol of it.
    expect(metrics.get('packages/util/src/strings.ts')).toMatchObject({ blastRadius: 2, symbolFanIn: 1, symbolBlastRadius: 1 });
    expect(metrics.get('src/cycle-a.ts')?.cycle).toBe(metrics.get('src/cycle-b.ts')?.cycle);
    expect(metrics.get('src/cycle-a.ts')?.cycle).not.toBeNull();
  });
});
