import { describe, expect, it } from 'vitest';
import { areaReach } from '../../analyzer/metrics/area-reach.js';
import { areaChain, areaOf, indexAreas } from '../../analyzer/metrics/area-tree.js';
import { transitiveDependents } from '../../analyzer/metrics/reach.js';
import { stronglyConnected } from '../../analyzer/metrics/scc.js';
import { areaReachByBruteForce } from '../score/fixture.js';

function run(paths: string[], test: boolean[], edges: [number, number][]) {
  const out: number[][] = paths.map(() => []);
  for (const [s, t] of edges) out[s]!.push(t);
  const tree = indexAreas(paths);
  return { tree, out, result: areaReach(tree, paths, out, transitiveDependents(test, out)) };
}

function naive(paths: string[], test: boolean[], out: number[][], area: string) {
  const modules = paths.map((path, i) => ({ path, test: test[i]! }));
  const edges = out.flatMap((targets, s) => targets.map((t) => ({ source: paths[s]!, target: paths[t]! })));
  return areaReachByBruteForce({ modules, edges } as never).get(area);
}

describe('area blast radius', () => {
  it('counts non-test outsiders that reach the area, through cycles, once each', () => {
    const paths = ['src/a/x.ts', 'src/a/y.ts', 'src/b/u.ts', 'src/b/v.ts', 'test/x.test.ts', 'main.ts'];
    const test = [false, false, false, false, true, false];
    // u → v → u is a cycle; v → x; main → u; the test → y
    const { result } = run(paths, test, [[2, 3], [3, 2], [3, 0], [5, 2], [4, 1]]);
    expect(result.get('src/a')).toEqual({ blastRadius: 3, directDependents: 1 });
    expect(result.get('src/b')).toEqual({ blastRadius: 1, directDependents: 1 });
    expect(result.get('src')).toEqual({ blastRadius: 1, directDependents: 1 });
    expect(result.get('.')).toEqual({ blastRadius: 0, directDependents: 0 });
    expect(result.get('test')).toEqual({ blastRadius: 0, directDependents: 0 });
  });

  it('matches a brute-force search on random graphs', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const dirs = ['.', 'a', 'a/b', 'a/b/c', 'd', 'd/e', 'test'];
    for (let round = 0; round < 20; round++) {
      const n = 5 + Math.floor(rand() * 40);
      const paths = Array.from({ length: n }, (_, i) => {
        const dir = dirs[Math.floor(rand() * dirs.length)]!;
        return dir === '.' ? `m${i}.ts` : `${dir}/m${i}.ts`;
      });
      const test = paths.map((p) => p.startsWith('test/'));
      const edges: [number, number][] = [];
      for (let k = 0; k < n * 2; k++) edges.push([Math.floor(rand() * n), Math.floor(rand() * n)]);
      const { tree, out, result } = run(paths, test, edges);
      for (const area of tree.paths) expect(result.get(area), `${area} in round ${round}`).toEqual(naive(paths, test, out, area));
    }
  });
});

describe('stronglyConnected', () => {
  it('emits every component after the components it reaches', () => {
    // 0 → 1 → 2 → 1, 2 → 3
    const { of, members } = stronglyConnected(4, [[1], [2], [1, 3], []]);
    expect(of[1]).toBe(of[2]);
    expect(members.length).toBe(3);
    expect(of[3]!).toBeLessThan(of[1]!);
    expect(of[1]!).toBeLessThan(of[0]!);
  });
});

describe('indexAreas', () => {
  it('lists every directory holding modules and every ancestor, root first', () => {
    const tree = indexAreas(['x.ts', 'a/b/c/y.ts', 'a/z.ts']);
    expect(tree.paths).toEqual(['.', 'a', 'a/b', 'a/b/c']);
    expect(tree.direct.get('a/b')).toEqual([]);
  });
});
