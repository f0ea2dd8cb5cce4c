import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { symbolEdges, type SymbolFacts } from '../../analyzer/graph/symbol-edges.js';
import { rememberedSymbolEdges } from '../../analyzer/incremental/graph/symbol-edges.js';
import { Memory } from '../../analyzer/incremental/memory.js';
import { tempDir } from './support.js';

const dir = tempDir('symbol-memory');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One run's memory of the folder, counting what it is asked to keep. */
class CountingMemory extends Memory {
  keeps = 0;
  override keep(...args: Parameters<Memory['keep']>): void {
    this.keeps += 1;
    super.keep(...args);
  }
}

/** symbol edges in one run that saves its memory at the end, and how many values it kept */
function runOnce(f: Map<string, SymbolFacts>): { edges: ReturnType<typeof symbolEdges>; keeps: number } {
  const memory = new CountingMemory(dir);
  const edges = rememberedSymbolEdges(memory)(f);
  memory.save();
  return { edges, keeps: memory.keeps };
}

function facts(useName: string): Map<string, SymbolFacts> {
  return new Map<string, SymbolFacts>([
    ['index.ts', { uses: [], reexports: [{ target: 'a.ts', imported: '*', exported: '*' }, { target: 'b.ts', imported: '*', exported: '*' }], localExports: new Set(), definesCode: false }],
    ['a.ts', { uses: [], reexports: [], localExports: new Set(['x']), definesCode: true }],
    ['b.ts', { uses: [], reexports: [], localExports: new Set(['y']), definesCode: true }],
    ['use.ts', { uses: [{ target: 'index.ts', names: [useName] }, { target: 'a.ts', names: [] }], reexports: [], localExports: new Set(), definesCode: true }],
  ]);
}

describe('rememberedSymbolEdges', () => {
  it('gives symbolEdges, from the memory while the facts are the same, and follows the chains again when one changes', () => {
    expect(runOnce(facts('y'))).toEqual({ edges: symbolEdges(facts('y')), keeps: 1 });
    expect(runOnce(facts('y'))).toEqual({ edges: symbolEdges(facts('y')), keeps: 0 });
    const changed = runOnce(facts('x'));
    expect(changed).toEqual({ edges: symbolEdges(facts('x')), keeps: 1 });
    expect(changed.edges).not.toEqual(symbolEdges(facts('y')));
  });
});
