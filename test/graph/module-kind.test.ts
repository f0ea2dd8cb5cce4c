import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import { kindClassifier } from '../../analyzer/graph/module-kind.js';
import { computeMetrics } from '../../analyzer/metrics/index.js';
import type { GraphModule, ModuleGraph } from '../../analyzer/graph/model.js';

describe('module kinds', () => {
  const kindOf = kindClassifier(DEFAULT_OPTIONS, new Set(['guide/intro.js']));

  it.each([
    // the product
    ['src/index.ts', 'source'],
    ['packages/core/src/router.ts', 'source'],
    ['lib/build-graph.ts', 'source'], // "build" in a name is not a build folder
    ['packages/x/src/docs.ts', 'source'],
    ['src/scripts/loader.ts', 'source'], // scripts/ is tooling only at the top
    // tests
    ['src/router.test.ts', 'test'],
    ['packages/a/__tests__/x.ts', 'test'],
    ['examples/todo/test/app.spec.ts', 'test'], // a test inside an example is a test
    // examples, demos, playgrounds, docs sites (mui-x's docs/data: thousands of demo programs)
    ['examples/todo/src/app.tsx', 'example'],
    ['packages/react/examples/basic.tsx', 'example'],
    ['docs/data/data-grid/demo.tsx', 'example'],
    ['playground/vue/main.ts', 'example'],
    ['src/Button.stories.tsx', 'example'],
    ['website/src/pages/index.tsx', 'example'],
    ['guide/intro.js', 'example'], // Linguist counts it as documentation
    // tooling
    ['scripts/release.ts', 'tooling'],
    ['build/tasks/dist.js', 'tooling'],
    ['Gruntfile.js', 'tooling'],
    ['packages/a/vite.config.ts', 'tooling'],
    ['benchmarks/parse.ts', 'tooling'],
    ['src/parser.bench.ts', 'tooling'],
  ])('%s is %s', (path, kind) => {
    expect(kindOf(path)).toBe(kind);
  });

  it('takes the config globs instead of the defaults', () => {
    const custom = kindClassifier({ testPatterns: ['**/*.check.ts'], examplePatterns: ['apps/**'], toolingPatterns: [] }, new Set());
    expect(['a.check.ts', 'apps/demo/main.ts', 'scripts/release.ts', 'src/x.test.ts'].map(custom)).toEqual(['test', 'example', 'source', 'source']);
  });
});

describe('only source modules count', () => {
  const mod = (path: string, kind: GraphModule['kind']): GraphModule => ({ path, kind, test: kind === 'test', size: { loc: 1, complexity: 1, maxFunctionComplexity: 1, functions: 0 }, externals: [], barrel: false });
  const edge = (source: string, target: string) => ({ source, target, typeOnly: false, dynamic: false, kind: 'import' as const });

  it('a module that only examples, tests and tooling import has no blast radius', () => {
    // hub ← src/app ← src/main; hub ← examples/a, examples/b; hub ← hub.test; hub ← scripts/gen
    const graph: ModuleGraph = {
      modules: [mod('examples/a.ts', 'example'), mod('examples/b.ts', 'example'), mod('scripts/gen.ts', 'tooling'), mod('src/app.ts', 'source'), mod('src/hub.test.ts', 'test'), mod('src/hub.ts', 'source'), mod('src/main.ts', 'source')],
      edges: [edge('examples/a.ts', 'src/hub.ts'), edge('examples/b.ts', 'src/hub.ts'), edge('scripts/gen.ts', 'src/hub.ts'), edge('src/app.ts', 'src/hub.ts'), edge('src/hub.test.ts', 'src/hub.ts'), edge('src/main.ts', 'src/app.ts')],
      symbolEdges: [],
      selfImports: [],
      filesSeen: 7,
    };
    const metrics = computeMetrics(graph, DEFAULT_OPTIONS);
    const figures = (path: string) => metrics.modules.get(path)!;
    // source dependents of hub: src/app, src/main → 2, although 6 modules reach it
    expect(figures('src/hub.ts')).toMatchObject({ fanIn: 5, blastRadius: 2 });
    expect(figures('src/app.ts')).toMatchObject({ blastRadius: 1 });
    // centrality over the source graph only: examples have none
    expect(figures('examples/a.ts')).toMatchObject({ betweenness: 0, pagerank: 0, blastRadius: 0 });
    expect(figures('scripts/gen.ts').pagerank).toBe(0);
    expect(figures('src/hub.ts').pagerank).toBeGreaterThan(figures('src/app.ts').pagerank);
  });
});
