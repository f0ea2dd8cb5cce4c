import { describe, expect, it } from 'vitest';
import { cruisedEdges, type CruiseResult } from '../../scripts/oracle/depcruise-edges.js';

const dependency = (module: string, resolved: string, extra: Partial<CruiseResult['modules'][number]['dependencies'][number]> = {}) => ({ module, resolved, couldNotResolve: false, coreModule: false, dependencyTypes: ['local'], ...extra });

describe("dependency-cruiser's edges for the component comparison", () => {
  it('keeps file pairs inside the repository, lists what it could not resolve, and drops packages and builtins', () => {
    const result: CruiseResult = {
      modules: [
        {
          source: 'src/App.vue',
          dependencies: [
            dependency('./Foo.vue', 'src/Foo.vue'),
            dependency('@/Foo.vue', 'src/Foo.vue'),
            dependency('vue', 'node_modules/vue/index.js'),
            dependency('fs', 'fs', { coreModule: true }),
            dependency('$lib/x', '$lib/x', { couldNotResolve: true }),
            dependency('./gone', 'src/gone.ts'),
          ],
        },
        { source: 'node_modules/vue/index.js', dependencies: [dependency('./x', 'node_modules/vue/x.js')] },
      ],
    };
    const tracked = new Set(['src/App.vue', 'src/Foo.vue']);
    const { edges, specifiers, unresolved } = cruisedEdges(result, (p) => tracked.has(p));
    expect([...edges]).toEqual(['src/App.vue\0src/Foo.vue']);
    expect(specifiers.get('src/App.vue\0src/Foo.vue')).toBe('./Foo.vue');
    expect(unresolved.get('src/App.vue')).toEqual(['$lib/x']);
  });
});
