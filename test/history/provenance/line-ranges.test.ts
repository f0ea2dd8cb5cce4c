import { describe, expect, it } from 'vitest';
import { AiLines, parseRangeList, type Layer } from '../../../analyzer/history/provenance/line-ranges.js';

describe("git-ai's range lists", () => {
  it('reads singles and inclusive ranges, skipping empty parts as git-ai does', () => {
    expect(parseRangeList('1-4,9-10,12,14,16')).toEqual([[1, 4], [9, 10], [12, 12], [14, 14], [16, 16]]);
    expect(parseRangeList('1,,3,')).toEqual([[1, 1], [3, 3]]);
    expect(parseRangeList('4294967295')).toEqual([[4294967295, 4294967295]]);
  });

  it('refuses what is not a positive u32 range', () => {
    expect(parseRangeList('0')).toMatch(/outside 1\.\.4294967295/);
    expect(parseRangeList('4294967296')).toMatch(/outside/);
    expect(parseRangeList('5-3')).toMatch(/ends before it starts/);
    expect(parseRangeList('1, 2')).toMatch(/not a number/);
    expect(parseRangeList('-3')).toMatch(/not a number/);
    expect(parseRangeList('1-2-3')).toMatch(/not a number/);
    // a hostile part is cut short in the message
    expect(parseRangeList('x'.repeat(500))).toMatch(/^line range "x{60}…" is not a number/);
  });
});

const ai = (...ranges: [number, number][]): Layer => ({ ai: true, ranges });
const human = (...ranges: [number, number][]): Layer => ({ ai: false, ranges });

/** The same laying-over, line by line, for a cross-check. */
function byLine(layers: Layer[], upTo: number): number[] {
  const lines: number[] = [];
  for (let line = 1; line <= upTo; line++) {
    let decided: boolean | null = null;
    for (const layer of layers) if (layer.ranges.some(([s, e]) => s <= line && line <= e)) decided = layer.ai;
    if (decided === true) lines.push(line);
  }
  return lines;
}

describe('laying records over each other', () => {
  it('a later record decides where they overlap', () => {
    const painted = AiLines.paint([ai([1, 10]), human([4, 6]), ai([5, 5])]);
    expect(painted.ranges()).toEqual([[1, 3], [5, 5], [7, 10]]);
    expect([3, 4, 5, 6, 7].map((line) => painted.has(line))).toEqual([true, false, true, false, true]);
    expect(painted.has(0)).toBe(false);
    expect(painted.has(11)).toBe(false);
  });

  it('joins touching and overlapping ranges of one record', () => {
    expect(AiLines.paint([ai([1, 3], [4, 6], [5, 9])]).ranges()).toEqual([[1, 9]]);
    expect(AiLines.paint([]).ranges()).toEqual([]);
    expect(AiLines.paint([human([1, 5])]).ranges()).toEqual([]);
  });

  it('costs the same for a range of four billion lines as for two', () => {
    const painted = AiLines.paint([ai([1, 4_294_967_295]), human([2, 4_294_967_294])]);
    expect(painted.ranges()).toEqual([[1, 1], [4_294_967_295, 4_294_967_295]]);
  });

  it('agrees with a line-by-line reading on random layers', () => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      const layers: Layer[] = Array.from({ length: 1 + next(6) }, () => ({
        ai: next(2) === 0,
        ranges: Array.from({ length: 1 + next(3) }, () => {
          const start = 1 + next(40);
          return [start, start + next(10)] as [number, number];
        }),
      }));
      const painted = AiLines.paint(layers);
      const lines: number[] = [];
      for (let line = 1; line <= 60; line++) if (painted.has(line)) lines.push(line);
      expect(lines).toEqual(byLine(layers, 60));
    }
  });
});
