import { describe, expect, it } from 'vitest';
import { CouplingCounter } from '../../analyzer/history/coupling.js';
import { degreeOfAuthorship, fileAuthorship } from '../../analyzer/history/doa.js';
import { truckFactor } from '../../analyzer/history/truck-factor.js';

describe('degree of authorship', () => {
  it('follows the contract formula', () => {
    // creator with 2 commits, 3 by others: 3.293 + 1.098 + 0.328 − 0.321·ln 4 = 4.274
    expect(degreeOfAuthorship(true, 2, 3)).toBeCloseTo(4.274, 3);
    expect(degreeOfAuthorship(false, 0, 0)).toBe(3.293);
  });

  it('needs more than 75 % of the top DOA, and DOA ≥ 3.293 unless the person created the file', () => {
    const p = (person: string, deliveries: number, firstAuthorship = false) => ({ person, deliveries, firstAuthorship });
    // a created it (FA, no deliveries), b changed it once: changes = 1.
    // a: 3.293 + 1.098 − 0.321·ln 2 = 4.1685; b: 3.293 + 0.164 = 3.457 → 0.829 of a's: both authors
    // (the worked example: the adding commit is first authorship only, never a change)
    const created = fileAuthorship([p('a', 0, true), p('b', 1)], 1);
    expect(created.map((r) => [r.person, +r.doa.toFixed(4), r.isAuthor])).toEqual([['a', 4.1685, true], ['b', 3.457, true]]);
    // b: DL=10, AC=1 → 4.7105; a: FA DL=1 AC=10 → 3.7853 = 0.80 of b's: both
    expect(fileAuthorship([p('a', 1, true), p('b', 10)], 11).every((r) => r.isAuthor)).toBe(true);
    // b: DL=20 AC=1 → 6.3505; a: FA DL=1 AC=20 → 3.5777 = 0.56 of b's: not an author
    expect(fileAuthorship([p('a', 1, true), p('b', 20)], 21).map((r) => [r.person, r.isAuthor])).toEqual([['a', false], ['b', true]]);
    // a creator needs no absolute DOA: FA, AC=7 → 3.293 + 1.098 − 0.321·ln 8 = 3.7235; c: DL=1 AC=6 → 2.8324
    // c is below 3.293 and no creator, so not an author even though 2.8324/3.7235 = 0.76 > 0.75
    const low = fileAuthorship([p('a', 0, true), p('c', 1)], 7);
    expect(low.map((r) => [r.person, +r.doa.toFixed(4), r.isAuthor])).toEqual([['a', 3.7235, true], ['c', 2.8324, false]]);
    // a creator far under 3.293: FA, AC=60 → 3.293 + 1.098 − 0.321·ln 61 = 3.0714, alone on the file: still its author
    expect(fileAuthorship([p('a', 0, true)], 60).map((r) => [+r.doa.toFixed(4), r.isAuthor])).toEqual([[3.0714, true]]);
  });
});

describe('truck factor', () => {
  it('is null without files and 0 when nobody authors half of them', () => {
    expect(truckFactor([])).toEqual({ value: null, removed: [] });
    expect(truckFactor([[], [], ['x']])).toEqual({ value: 0, removed: [] });
  });

  it('removes the author of most files first, ties by id', () => {
    // 4 files: x owns 3, y 1 → remove x: covered {f4: y} = 1/4 < 50 % → 1
    expect(truckFactor([['x'], ['x'], ['x'], ['y']])).toEqual({ value: 1, removed: ['x'] });
    // x owns 3, y 2 → remove x: {f3: y, f4: y} = 2/4, not below half → remove y → 2
    expect(truckFactor([['x'], ['x'], ['x', 'y'], ['y']])).toEqual({ value: 2, removed: ['x', 'y'] });
    // x and y own 2 each: remove x (smaller id) → 2/4 still covered → remove y → 0/4
    expect(truckFactor([['x'], ['x'], ['y'], ['y']])).toEqual({ value: 2, removed: ['x', 'y'] });
  });
});

describe('coupling counter', () => {
  const thresholds = { minTogether: 2, minConfidence: 0.5, maxFilesPerCommit: 3 };

  it('counts pairs, skips big commits, and applies both thresholds', () => {
    const c = new CouplingCounter(thresholds);
    c.addCommit(['a', 'b']);
    c.addCommit(['b', 'a']);
    c.addCommit(['a', 'c']);
    c.addCommit(['a', 'b', 'c', 'd']); // too many files: ignored entirely
    c.addCommit(['c']);
    // a: 3 revisions, b: 2, c: 2; (a,b) 2 together → confidence 2/min(3,2) = 1; (a,c) 1 → below minTogether
    expect(c.commitsCounted).toBe(4);
    expect(c.result()).toEqual([{ a: 'a', b: 'b', together: 2, support: 2 / 4, confidence: 1 }]);
  });

  it('bounds memory by pruning rare pairs, and only ever undercounts', () => {
    const c = new CouplingCounter({ ...thresholds, maxFilesPerCommit: 2 }, 10);
    c.addCommit(['hot', 'pair']); // seen once before the map fills: dropped with the rare pairs
    for (let i = 0; i < 50; i++) c.addCommit([`x${i}`, `y${i}`]); // 50 pairs seen once
    for (let i = 0; i < 5; i++) c.addCommit(['hot', 'pair']);
    // the map passes 10 pairs four times (at x9, x20, x31, x42) and drops, in turn, everything seen
    // at most 1, 2, 3, 4 times; hot/pair changed together 6 times and is reported 5: one too few
    expect(c.pruneFloor).toBe(4);
    expect(c.result()).toEqual([{ a: 'hot', b: 'pair', together: 5, support: 5 / 56, confidence: 5 / 6 }]);
  });
});
