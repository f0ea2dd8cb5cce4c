import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyzerEmitter } from '../../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import { WarningSink } from '../../analyzer/core/warnings.js';
import { buildModuleGraph } from '../../analyzer/graph/index.js';
import type { ModuleGraph } from '../../analyzer/graph/model.js';
import type { CoChange, HistoryModel } from '../../analyzer/history/model.js';
import { couplingPairs } from '../../analyzer/report/coupling-pairs.js';
import { buildGraphFixture } from '../../scripts/fixtures/graph-fixture.js';

// the hand-worked graph fixture: src/main.ts imports the barrel packages/util/src/index.ts and
// uses a symbol it re-exports from strings.ts, none from math.ts; main imports helper.ts directly
let dir: string;
let graph: ModuleGraph;
beforeAll(async () => {
  dir = buildGraphFixture();
  graph = await buildModuleGraph({ repoDir: dir, options: DEFAULT_OPTIONS, emitter: new AnalyzerEmitter(), warnings: new WarningSink() });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pair = (a: string, b: string): CoChange => ({ a, b, together: 6, support: 0.1, confidence: 0.8 });
const history = (coChanges: CoChange[]) => ({ coChanges }) as unknown as HistoryModel;

describe('which co-changing pairs are hidden coupling', () => {
  it('a pair joined by an import either way, or only through a barrel, is not hidden; a pair with no link at all is', () => {
    const pairs = [
      pair('src/helper.ts', 'src/main.ts'), // main imports helper: the edge runs the other way
      pair('packages/util/src/strings.ts', 'src/main.ts'), // main uses strings' symbol through index.ts
      pair('packages/util/src/math.ts', 'src/main.ts'), // through the same barrel, but no symbol of math is used
      pair('src/button.jsx', 'src/helper.ts'), // nothing between them
    ];
    expect(couplingPairs(history(pairs), graph).map((p) => [p.a, p.b, p.hidden])).toEqual([
      ['src/helper.ts', 'src/main.ts', false],
      ['packages/util/src/strings.ts', 'src/main.ts', false],
      ['packages/util/src/math.ts', 'src/main.ts', true],
      ['src/button.jsx', 'src/helper.ts', true],
    ]);
  });

  it('keeps the pairs and their figures as history gave them, and has none without history', () => {
    const given = [pair('src/a.ts', 'src/b.ts')];
    expect(couplingPairs(history(given), graph)).toEqual([{ ...given[0], hidden: true }]);
    expect(couplingPairs(null, graph)).toEqual([]);
  });
});
