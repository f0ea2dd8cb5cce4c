import { describe, expect, it } from 'vitest';
import { inArea } from '../../analyzer/report/markdown-lookup.js';
import { areaChain, areaOf } from '../../analyzer/metrics/area-tree.js';

describe('inArea', () => {
  it('agrees with the area tree: a module is in its directory and every ancestor', () => {
    const paths = ['a.ts', 'src/a.ts', 'src/core/a.ts', 'src/core2/a.ts', 'src/core/deep/x/y.ts', 'srcx/a.ts', 'packages/core/src/index.ts'];
    const areas = ['.', 'src', 'src/core', 'src/core/deep', 'src/co', 'srcx', 'packages', 'packages/core/src', 'a.ts'];
    for (const path of paths)
      for (const area of areas) expect(inArea(path, area), `${path} in ${area}`).toBe(areaChain(areaOf(path)).includes(area));
  });
});
