import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { DEFAULT_OPTIONS, type AnalyzeOptions } from '../../analyzer/core/options.js';
import { renderMarkdown } from '../../analyzer/report/markdown.js';
import type { Report } from '../../analyzer/report/schema/index.js';
import { buildFamiliarityFixture } from '../../scripts/fixtures/familiarity-fixture.js';
import { validateAgainstSchemaFile } from '../support/report-schema.js';
import { anonymizeReport } from '../../analyzer/report/anonymize.js';
import { areasToRate, contextLine } from '../../analyzer/cli/audit-areas.js';
import { thresholdsOf } from '../../analyzer/report/wording/score-text.js';
import { areaElement } from '../../viewer/src/elements.js';
import { metricById } from '../../viewer/src/colour-metrics.js';
import { metricColours } from '../../viewer/src/metric-colours.js';
import { indexReport } from '../../viewer/src/report-index.js';

/*
 * Worked out by hand from scripts/fixtures/familiarity-fixture.ts (line numbers are the CSV's):
 * - people: Alice (alice@example.com and alice@old.example.com, one full name: one person, active),
 *   Bob (active), dave (last commit 2024-01-10, inactive at 2025-06-01).
 * - src/core: Alice rates 3 on 2025-05-05/12/19/26 (ISO weeks W19, W20, W21, W22: all 3, stuck);
 *   Bob rates 1. Raters 2, latest = median(3, 1) = 2. Knowledge loss by DOA 0 (Alice active);
 *   active raters n = 2, F = 1, R = 1: 0 − 0.5·½·0 + 0.5·½·(1 − 0) = 0.25.
 * - src/ui: Bob rates 3 on 05-19/20/21 (all W21) and 2 on 05-10 (W19, earlier date though later
 *   in the file): weeks W19 → 2, W21 → 3: two weeks, not stuck; latest 3 (05-21). Loss 0 → 0 + 0.5·1·1 = 0.5.
 * - src/legacy: dave 3 (inactive: counted as a rater, not in the score), Bob 1. Raters 2, latest
 *   median(3, 1) = 2; loss by DOA 1 (dave left) → n = 1 active rater, F = 1: 1 − 0.5·1·1 = 0.5.
 * - '.' and 'src': nobody rated them: familiarity null, loss unchanged.
 * - warnings: line 12 unknown person, 13 unknown area, 14 three fields, 15 2025-02-30, 16 rating 4.
 */
let repo: string;
let report: Report;
const reportWith = (score: Partial<AnalyzeOptions['score']>): Promise<Report> =>
  analyze(repo, { ...DEFAULT_OPTIONS, score: { ...DEFAULT_OPTIONS.score, ...score } });

beforeAll(async () => {
  repo = buildFamiliarityFixture();
  report = await analyze(repo, DEFAULT_OPTIONS);
}, 60_000);
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const area = (r: Report, path: string) => r.areas.find((a) => a.path === path)!;
const loss = (r: Report, path: string): number => area(r, path).risk.factors.find((f) => f.name === 'knowledgeLoss')!.value;
const idOf = (name: string): string => report.authors.find((a) => a.name === name)!.id;

describe("the team's own ratings on the scripted fixture", () => {
  it('gives each rated area its raters, median latest rating and stuck flag', () => {
    expect(area(report, 'src/core').familiarity).toEqual({ raters: 2, latest: 2, stuck: true, stuckRaters: [idOf('Alice Archer')] });
    expect(area(report, 'src/ui').familiarity).toEqual({ raters: 1, latest: 3, stuck: false, stuckRaters: [] });
    expect(area(report, 'src/legacy').familiarity).toEqual({ raters: 2, latest: 2, stuck: false, stuckRaters: [] });
    expect(area(report, '.').familiarity).toBeNull();
    expect(area(report, 'src').familiarity).toBeNull();
  });

  it('matches raters through the merged identities (name, old address)', () => {
    const alice = report.authors.find((a) => a.name === 'Alice Archer')!;
    expect(alice.aliases.map((a) => a.email)).toEqual(['alice@old.example.com']);
    expect(report.authors.find((a) => a.name === 'dave')!.active).toBe(false);
  });

  it('names every unusable row with its line', () => {
    const ours = report.warnings.filter((w) => w.code.startsWith('familiarity-'));
    expect(ours.every((w) => w.path === '.blastmap/familiarity.csv')).toBe(true);
    expect(ours.map((w) => [w.code, Number(/^line (\d+):/.exec(w.message)?.[1])]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['familiarity-unknown-person', 12],
      ['familiarity-unknown-area', 13],
      ['familiarity-bad-row', 14],
      ['familiarity-bad-date', 15],
      ['familiarity-bad-rating', 16],
    ]);
  });

  it('moves the knowledge-loss factor by the active raters only, as docs/scoring.md says', () => {
    expect(loss(report, 'src/core')).toBeCloseTo(0.25, 12);
    expect(loss(report, 'src/ui')).toBeCloseTo(0.5, 12);
    expect(loss(report, 'src/legacy')).toBeCloseTo(0.5, 12);
    expect(area(report, 'src').risk.factors.find((f) => f.name === 'knowledgeLoss')!.detail).not.toMatch(/ratings/);
    expect(area(report, 'src/core').risk.factors.find((f) => f.name === 'knowledgeLoss')!.detail).toMatch(/25 % after the team's own ratings \(2 active raters: 1 fluent \(1\), 1 reviewing \(3\)\)/);
    for (const a of report.areas) {
      const sum = a.risk.factors.reduce((s, f) => s + f.contribution, 0);
      expect(Math.abs(sum - a.risk.score!)).toBeLessThanOrEqual(1e-12);
    }
  });

  it('takes its weights from score.familiarity', async () => {
    const off = await reportWith({ familiarity: { fluent: 0, reviewing: 0 } });
    expect([loss(off, 'src/core'), loss(off, 'src/ui'), loss(off, 'src/legacy')]).toEqual([0, 0, 1]);
    const strong = await reportWith({ familiarity: { fluent: 1, reviewing: 0.2 } });
    // core: 0 + 0.2·½·1 = 0.1; ui: 0 + 0.2·1·1 = 0.2; legacy: 1 − 1·1·1 = 0
    expect(loss(strong, 'src/core')).toBeCloseTo(0.1, 12);
    expect(loss(strong, 'src/ui')).toBeCloseTo(0.2, 12);
    expect(loss(strong, 'src/legacy')).toBeCloseTo(0, 12);
    // the ratings change the score of the stuck area: reviewing raises it
    expect(area(report, 'src/core').risk.score!).toBeGreaterThan(area(off, 'src/core').risk.score!);
  }, 60_000);

  it('flags the stuck area in report.md and validates against the schema', () => {
    const markdown = renderMarkdown(report, { top: 10 });
    const section = markdown.slice(markdown.indexOf("## The team's own ratings"));
    expect(section).toContain('**1 area is stuck**');
    expect(section).toContain('| src/core | **stuck** (Alice Archer) |');
    expect(section).toContain('| src/ui | no |');
    expect(validateAgainstSchemaFile(report)).toEqual([]);
  });

  it('marks the stuck area on the viewer map, and only it', () => {
    const index = indexReport(report);
    const colours = metricColours(index, metricById('risk')!);
    const box = { x: 0, y: 0, width: 100, height: 100 };
    const core = areaElement(index, 'src/core', false, box, colours);
    // a closed box is filled by its heat (risk mass) and marked stuck; the mark is part of its name
    expect(core.classes).toBe('area collapsed heat stuck');
    expect(core.data.label).toMatch(/^core · stuck( · \d+)?$/);
    const ui = areaElement(index, 'src/ui', true, box, colours);
    expect(ui.classes).toBe('area expanded');
    expect(ui.data.label).not.toContain('stuck');
  });

  it('gives the stuck raters their pseudonyms under --anonymize', () => {
    const anonymous = anonymizeReport(structuredClone(report));
    const alice = report.authors.findIndex((a) => a.name === 'Alice Archer');
    expect(area(anonymous, 'src/core').familiarity!.stuckRaters).toEqual([anonymous.authors[alice]!.id]);
    expect(anonymous.authors[alice]!.id).not.toBe(report.authors[alice]!.id);
  });

  it("lists for audit the areas a person authors, and through the declared-owner hook those CODEOWNERS gives them", () => {
    const bob = report.authors.find((a) => a.email === 'bob@example.com')!;
    expect(areasToRate(report, bob).map((a) => [a.area.path, a.because])).toEqual(
      expect.arrayContaining([['src/ui', ['author']], ['src', ['author']]]),
    );
    expect(areasToRate(report, bob)).toHaveLength(2); // '.' holds only src: it is src
    const declared = structuredClone(report);
    (declared.modules.find((m) => m.path === 'src/core/parse.ts') as unknown as { owners: unknown }).owners = { declared: ['BOB@example.com', '@org/team'], activeDeclared: 0, suggested: [] };
    const core = areasToRate(declared, bob).find((a) => a.area.path === 'src/core')!;
    expect(core.because).toEqual(['declared']);
    const thresholds = thresholdsOf(report.options);
    expect(contextLine(core, thresholds)).toMatch(/^blast radius 1 · last change 2025-02-10 · AI 0% · risk 0\.\d{2,} \w+ · rated 2 by 2, stuck at 3 · declared owner$/);
    // printed as report.md prints it: two decimals would put 0.548 at the high threshold (0.55)
    const nearHigh = { ...core, area: { ...core.area, risk: { ...core.area.risk, score: 0.548, level: 'medium' as const } } };
    expect(thresholds?.high).toBe(0.55);
    expect(contextLine(nearHigh, thresholds)).toContain(' · risk 0.548 medium · ');
  });

  it('counts a team or login as the person when the CODEOWNERS reading maps it to them', () => {
    const bob = report.authors.find((a) => a.email === 'bob@example.com')!;
    const declared = structuredClone(report);
    (declared.modules.find((m) => m.path === 'src/core/parse.ts') as unknown as { owners: unknown }).owners = { declared: ['@org/team'], activeDeclared: 0, suggested: [] };
    const owners = (people: string[]) => [{ owner: '@org/team', people, modules: 1, authored: 0, activeAuthored: 0 }];
    const withMapping = { ...declared, codeowners: { exists: true, path: '.github/CODEOWNERS', used: true, owners: owners([bob.id]), logins: {}, suggestion: { patch: '', areas: [], lines: [] } } } as unknown as typeof report;
    expect(areasToRate(withMapping, bob).find((a) => a.area.path === 'src/core')?.because).toEqual(['declared']);
    // the same team mapped to someone else names nothing of Bob's
    const other = { ...withMapping, codeowners: { ...withMapping.codeowners, owners: owners(['someone-else']) } } as unknown as typeof report;
    expect(areasToRate(other, bob).find((a) => a.area.path === 'src/core')).toBeUndefined();
  });

  it('gives null familiarity, no warning and the DOA figures without a ratings file', async () => {
    const bare = buildFamiliarityFixture(false);
    try {
      const plain = await analyze(bare, DEFAULT_OPTIONS);
      expect(plain.areas.every((a) => a.familiarity === null)).toBe(true);
      expect(plain.warnings.filter((w) => w.code.startsWith('familiarity-'))).toEqual([]);
      expect([loss(plain, 'src/core'), loss(plain, 'src/ui'), loss(plain, 'src/legacy')]).toEqual([0, 0, 1]);
      expect(renderMarkdown(plain, { top: 10 })).not.toContain("The team's own ratings");
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  }, 60_000);
});
