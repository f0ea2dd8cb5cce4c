/**
 * The viewer's "what if … left" converter against the analyzer itself: the report converted in
 * the page for a person must carry the figures `blastmap analyze --leaving <person>` computes
 * (bus factor, knowledge loss and activity per module, bus factor per area, the truck factor),
 * on the owners fixture whose figures test/owners/owners-fixture.test.ts works out by hand.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import type { Report } from '../../analyzer/report/schema/index.js';
import { buildOwnersFixture, OWNERS_NOW } from '../../scripts/fixtures/owners-fixture.js';
import { asIfLeft } from '../../viewer/src/as-if-left.js';
import { leavingCandidates, leavingNote } from '../../viewer/src/leaving-choices.js';
import { idOf } from '../history/helpers.js';

const ANN = idOf('1001+AnnA@users.noreply.github.com');
const DAN = idOf('dan@example.com');
let repo: string;
let before: Report;
const after = new Map<string, Report>();

beforeAll(async () => {
  repo = buildOwnersFixture();
  const options = { ...DEFAULT_OPTIONS, now: OWNERS_NOW };
  before = await analyze(repo, options);
  for (const id of [ANN, DAN]) after.set(id, await analyze(repo, { ...options, leaving: [id] }));
}, 120_000);
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const figures = (r: Report) => ({
  modules: r.modules.map((m) => [m.path, m.history?.busFactor, m.history?.knowledgeLoss, m.history?.authors.map((a) => a.active)]),
  areas: r.areas.map((a) => [a.path, a.busFactor, a.authors.map((x) => x.active)]),
  authors: r.authors.map((a) => [a.id, a.active]),
  truckFactor: r.summary.truckFactor,
  activeAuthors: r.summary.activeAuthors,
  leaving: r.options.leaving,
});

describe('asIfLeft (viewer) against analyze --leaving', () => {
  for (const [who, id] of [['Ann', ANN], ['Dan', DAN]] as const) {
    it(`gives the figures analyze --leaving gives for ${who}`, () => {
      expect(figures(asIfLeft(before, [id]))).toEqual(figures(after.get(id)!));
    });
  }

  it('leaves the report alone for nobody, and lists the truck-factor people first in the picker', () => {
    expect(asIfLeft(before, [])).toBe(before);
    expect(leavingCandidates(before).slice(0, 2)).toEqual(before.summary.truckFactorAuthors.slice(0, 2));
    expect(leavingNote(before, [ANN])).toBe('2 source modules and 2 areas would have no active author; truck factor 2 → 1. Colours show the bus factor; risk scores are not recomputed here (blastmap analyze --leaving does).');
  });

  it('adds nothing to report.json: the picker reads what every report already carries', () => {
    // the converter reads modules[].history.authors only, written before this feature
    const stripped = structuredClone(before);
    for (const m of stripped.modules) delete m.owners;
    delete stripped.codeowners;
    expect(figures(asIfLeft(stripped, [ANN]))).toEqual(figures(after.get(ANN)!));
  });
});
