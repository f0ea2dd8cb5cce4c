import type { Adjacency } from './adjacency.js';

// Tarjan (1972), "Depth-first search and linear graph algorithms", iterative so that a
// long import chain cannot overflow the stack. Components come out in reverse topological
// order: for an edge u→v, v's component is numbered before u's.
export function stronglyConnectedComponents(graph: Adjacency): { component: Int32Array; count: number } {
  const { n, starts, targets } = graph;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const callNode: number[] = [];
  const callEdge: number[] = [];
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root += 1) {
    if (index[root] !== -1) continue;
    callNode.push(root);
    callEdge.push(starts[root] as number);
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (callNode.length > 0) {
      const v = callNode[callNode.length - 1] as number;
      const e = callEdge[callEdge.length - 1] as number;
      if (e < (starts[v + 1] as number)) {
        callEdge[callEdge.length - 1] = e + 1;
        const w = targets[e] as number;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          callNode.push(w);
          callEdge.push(starts[w] as number);
        } else if (onStack[w]) low[v] = Math.min(low[v] as number, index[w] as number);
        continue;
      }
      callNode.pop();
      callEdge.pop();
      const parent = callNode[callNode.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] as number, low[v] as number);
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          component[w] = count;
        } while (w !== v);
        count += 1;
      }
    }
  }
  return { component, count };
}

/** The nodes of each component, by component number (in each, by node number). */
export function componentMembers(component: Int32Array, count: number): number[][] {
  const members: number[][] = Array.from({ length: count }, () => []);
  for (let v = 0; v < component.length; v += 1) members[component[v] as number]?.push(v);
  return members;
}
