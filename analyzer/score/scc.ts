/**
 * Strongly connected components by Tarjan's algorithm (Tarjan 1972), iterative so deep import
 * chains cannot overflow the stack. Components come out in reverse topological order: every
 * component appears after all the components it can reach.
 */
export interface Components {
  /** component index per node */
  of: Int32Array;
  /** members per component, in emission order (sinks first) */
  members: number[][];
}

export function stronglyConnected(n: number, out: readonly (readonly number[])[]): Components {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const of = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const members: number[][] = [];
  let counter = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v, i] = frame;
      const next = out[v]![i];
      if (next !== undefined) {
        frame[1] = i + 1;
        if (index[next] === -1) {
          index[next] = low[next] = counter++;
          stack.push(next);
          onStack[next] = 1;
          work.push([next, 0]);
        } else if (onStack[next]) {
          low[v] = Math.min(low[v]!, index[next]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[v]!);
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          of[w] = members.length;
          component.push(w);
        } while (w !== v);
        members.push(component);
      }
    }
  }
  return { of, members };
}
