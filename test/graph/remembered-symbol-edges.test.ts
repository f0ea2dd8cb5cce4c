import { describe, expect, it } from 'vitest';
import type { StageMemo } from '../../analyzer/core/run-cache.js';
import { rememberedSymbolEdges } from '../../analyzer/graph/remembered-symbol-edges.js';
import { symbolEdges, type SymbolFacts } from '../../analyzer/graph/symbol-edges.js';

/** Keeps the value as JSON text, as the memo file does, and counts the saves. */
class MemoryMemo implements StageMemo {
  text: string | undefined;
  saves = 0;
  load(): unknown {
    return this.text === undefined ? undefined : JSON.parse(this.text);
  }
  save(value: unknown): void {
    this.text = JSON.stringify(value);
    this.saves += 1;
  }
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
  it('gives symbolEdges, from the memo while the facts are the same, and follows the chains again when one changes', () => {
    const memo = new MemoryMemo();
    expect(rememberedSymbolEdges(facts('y'), memo)).toEqual(symbolEdges(facts('y')));
    expect(memo.saves).toBe(1);
    expect(rememberedSymbolEdges(facts('y'), memo)).toEqual(symbolEdges(facts('y')));
    expect(memo.saves).toBe(1);
    const changed = rememberedSymbolEdges(facts('x'), memo);
    expect(changed).toEqual(symbolEdges(facts('x')));
    expect(changed).not.toEqual(symbolEdges(facts('y')));
    expect(memo.saves).toBe(2);
  });

  it('follows the chains every time without a memo', () => {
    expect(rememberedSymbolEdges(facts('y'), undefined)).toEqual(symbolEdges(facts('y')));
  });
});
