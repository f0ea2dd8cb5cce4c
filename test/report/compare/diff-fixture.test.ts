/**
 * `blastmap diff` on a scripted repository analyzed at two commits (scripts/fixtures/diff-fixture.ts).
 * Every expected figure below is worked out by hand from the fixture's commits, in the comments.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../analyzer/analyze.js';
import { AnalyzerEmitter } from '../../../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../../../analyzer/core/options.js';
import { compareReports } from '../../../analyzer/report/compare/compare-reports.js';
import { comparisonMarkdown } from '../../../analyzer/report/compare/comparison-markdown.js';
import { readReportFile } from '../../../analyzer/cli/read-report-file.js';
import { attributeChange } from '../../../analyzer/report/compare/change-attribution.js';
import { reportJson } from '../../../analyzer/report/report-json.js';
import type { ReportComparison } from '../../../analyzer/report/schema/comparison.js';
import type { Report } from '../../../analyzer/report/schema/index.js';
import { schemaValidator } from '../../../analyzer/report/validate.js';
import { advanceDiffFixture, buildDiffFixture } from '../../../scripts/fixtures/diff-fixture.js';
import { ROOT, runCli } from '../../support/run-cli.js';

let dir: string;
let repo: string;
let then: Report;
let now: Report;
let c: ReportComparison;
const files = { then: '', now: '' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'blastmap-diff-test-'));
  repo = buildDiffFixture(join(dir, 'repo'));
  then = await analyze(repo, DEFAULT_OPTIONS, new AnalyzerEmitter());
  advanceDiffFixture(repo);
  now = await analyze(repo, DEFAULT_OPTIONS, new AnalyzerEmitter());
  files.then = join(dir, 'then.json');
  files.now = join(dir, 'now.json');
  writeFileSync(files.then, reportJson(then));
  writeFileSync(files.now, reportJson(now));
  c = compareReports({ report: then, schemaVersion: 2 }, { report: now, schemaVersion: 2 });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const moduleOf = (r: Report, path: string) => r.modules.find((m) => m.path === path)!;

describe('blastmap diff on a repository analyzed at two commits', () => {
  it('compares like for like: one repository, same settings, nothing to note', () => {
    expect(c.notes).toEqual([]);
    expect(c.old.now).toBe('2024-05-01T10:00:00.000Z');
    expect(c.new.now).toBe('2025-06-01T10:00:00.000Z');
  });

  it('names the module added and the module removed', () => {
    // then: parse, format, legacy/old, six features, app; now: legacy/old deleted, core/log added
    expect(c.modules.added).toEqual(['src/core/log.ts']);
    expect(c.modules.removed).toEqual(['src/legacy/old.ts']);
    expect(c.areas.removed).toEqual(['src/legacy']);
    expect(c.areas.added).toEqual([]);
  });

  it('finds the hub that appeared and the one that vanished', () => {
    // 10 source modules both times: a hub needs max(2, ceil(10 % of 10)) = 2 dependents.
    // then: parse 7 (six features + app), legacy/old 3 (feature-1, feature-2, app), format 1 (app)
    // now: parse 7, format 7 (six features + app); legacy/old is gone
    expect(c.hubs.appeared).toEqual([{ path: 'src/core/format.ts', dependentsThen: 1, dependentsNow: 7 }]);
    expect(c.hubs.vanished).toEqual([{ path: 'src/legacy/old.ts', dependentsThen: 3, dependentsNow: null }]);
  });

  it('finds the author who left and the one who arrived', () => {
    // carol's last commit is 2024-05-01: 0 days before "then", 396 days before "now" (> 180)
    expect(c.authors.left.map((p) => [p.name, p.lastCommit, p.filesAuthoredThen, p.inNewReport])).toEqual([
      ['Carol Chen', '2024-05-01T10:00:00.000Z', 1, true],
    ]);
    // bob's first commit is 2025-04-01, 61 days before "now"
    expect(c.authors.arrived.map((p) => p.name)).toEqual(['Bob Builder']);
  });

  it('gives the truck factor, AI share and active authors then and now', () => {
    // then: alice authors 9 of 10 files, carol 1: removing alice leaves 10 % < 50 %: 1.
    // now: alice 8, carol 1, bob 1: removing alice leaves 20 %: 1.
    expect(c.summary.truckFactor).toEqual({ then: 1, now: 1 });
    // then 0 of 5 commits AI-assisted; now 1 of 8 (bob's, with a Claude Co-authored-by trailer)
    expect(c.summary.aiCommitRatio).toEqual({ then: 0, now: 1 / 8 });
    expect(c.summary.activeAuthors).toEqual({ then: 2, now: 2 });
  });

  it('says parse.ts rose from low because its only author left, and that knowledge loss moved it most', () => {
    // then: carol active, bus factor 1: noActiveAuthor 0.5, knowledgeLoss 0, aiShare 0, so
    // I = 0.2·0.5 / 0.45 = 0.222 and the score (E·I·C, E and C at most 1) is at most 0.222: low.
    // now: nobody active: noActiveAuthor 1, knowledgeLoss 1: I = 0.35 / 0.45 = 0.778; blast radius
    // 7 of 10 tied with format.ts: sqrt(8.5/9 · 7/7) = 0.972, so E ≥ 0.3·0.972 / 0.4 = 0.729 and
    // C ≥ 0.85: the score is at least 0.729·0.778·0.85 = 0.482: medium or above.
    const [change, ...others] = c.modules.levelChanges;
    expect(others).toEqual([]);
    expect(change!.path).toBe('src/core/parse.ts');
    expect(change!.levelThen).toBe('low');
    expect(change!.scoreThen!).toBeLessThanOrEqual(0.1 / 0.45 + 1e-12);
    expect(change!.scoreNow!).toBeGreaterThanOrEqual(0.3 * Math.sqrt(8.5 / 9) / 0.4 * (0.35 / 0.45) * 0.85 - 1e-12);
    expect(change!.levelNow).toBe(moduleOf(now, 'src/core/parse.ts').risk.level);
    // Every other factor's value held or fell (checked here, the premise of the hand argument), and
    // the score is linear in the ignorance sum 0.2·noActiveAuthor + 0.15·knowledgeLoss + 0.1·aiShare:
    // knowledge loss adds 0.15 to it, no-active-author 0.1, so its Shapley part is 1.5 times larger.
    const value = (r: Report, name: string) => moduleOf(r, 'src/core/parse.ts').risk.factors.find((f) => f.name === name)!.value;
    for (const name of ['blastRadius', 'centrality', 'churn', 'aiShare']) expect(value(now, name), name).toBeLessThanOrEqual(value(then, name));
    expect([value(then, 'noActiveAuthor'), value(now, 'noActiveAuthor'), value(then, 'knowledgeLoss'), value(now, 'knowledgeLoss')]).toEqual([0.5, 1, 0, 1]);
    expect(change!.moved).toMatchObject({ name: 'knowledgeLoss', method: 'shapley-of-change', valueThen: 0, valueNow: 1 });
    const { shares } = attributeChange(moduleOf(then, 'src/core/parse.ts').risk.factors, moduleOf(now, 'src/core/parse.ts').risk.factors, change!.scoreThen!, change!.scoreNow!);
    const share = (name: string) => shares.find((s) => s.name === name)!.share;
    expect(share('knowledgeLoss') / share('noActiveAuthor')).toBeCloseTo(1.5, 9);
    expect(shares.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(change!.scoreNow! - change!.scoreThen!, 12);
    expect(change!.moved!.share).toBe(share('knowledgeLoss'));
  });

  it('lists exactly the areas whose level differs', () => {
    const levels = (r: Report) => new Map(r.areas.map((a) => [a.path, a.risk.level]));
    const before = levels(then);
    const expected = now.areas.filter((a) => before.has(a.path) && before.get(a.path) !== a.risk.level).map((a) => a.path).sort();
    expect(c.areas.levelChanges.map((x) => x.path).sort()).toEqual(expected);
  });

  it('prints the comparison as Markdown, line by line', () => {
    const text = comparisonMarkdown(c, { depth: 1, top: 20 });
    const lines = text.split('\n');
    // then every module is low (each score ≤ I = 0.222); now parse.ts has its new level and the
    // other nine stay low (alice's modules: I = 0.222; log.ts: nothing imports it, E = 0)
    const level = c.modules.levelChanges[0]!.levelNow!;
    const count = (l: string) => (level === l ? 1 : 0);
    expect(lines).toEqual(expect.arrayContaining([
      '# blastmap diff: repo',
      '- **Truck factor:** 1 (unchanged)',
      '- **AI-assisted commits:** 0 % → 13 %',
      '- **Active authors:** 2 (unchanged)',
      '- **Modules:** 10 → 10: 1 added, 1 removed; source modules 10 → 10',
      `- **Risk levels (modules):** 0 critical, 0 high, 0 medium, 10 low → ${count('critical')} critical, ${count('high')} high, ${count('medium')} medium, 9 low`,
      '## Risk level changes: modules',
      '- **New hubs (1):** src/core/format.ts (1 dependent → 7 dependents)',
      '- **Hubs no longer (1):** src/legacy/old.ts (3 dependents → not there)',
      '- Carol Chen (last commit 2024-05-01; author of 1 source module then)',
      'Newly active: Bob Builder.',
      '- **Added (1):** src/core/log.ts',
      '- **Removed (1):** src/legacy/old.ts',
    ]));
    const row = lines.find((l) => l.startsWith('| src/core/parse.ts |'))!;
    expect(row).toMatch(/^\| src\/core\/parse\.ts \| 0\.\d+ low \| 0\.\d+ (medium|high|critical) \| knowledgeLoss \+0\.\d{3} \(0 % of its authorship is held by people no longer active → 100 % of its authorship is held by people no longer active\) \|$/);
  });

  it('says when someone who left shares a name with someone newly active: one person under two emails, not a contradiction', () => {
    // as if Bob Builder had committed as "carol  CHEN" from a new address
    const twoEmails: ReportComparison = { ...c, authors: { ...c.authors, arrived: c.authors.arrived.map((p) => ({ ...p, name: 'carol  CHEN' })) } };
    const lines = comparisonMarkdown(twoEmails, { depth: 1, top: 20 }).split('\n');
    expect(lines).toContain('- Carol Chen (last commit 2024-05-01; author of 1 source module then; someone of the same name is newly active: likely the same person under another email, which .mailmap would join)');
    expect(comparisonMarkdown(c, { depth: 1, top: 20 })).not.toContain('same name');
  });

  it('tells one history in two folders from two repositories by the people in them, not by the folder name', () => {
    const renamed = { ...now, repo: { ...now.repo, root: 'repo-clone' } };
    expect(compareReports({ report: then, schemaVersion: 2 }, { report: renamed, schemaVersion: 2 }).notes.filter((n) => /different repositories/.test(n))).toEqual([]);
    // nobody in common: another repository, named as such, its name escaped in the Markdown
    const other = { ...renamed, repo: { ...renamed.repo, root: '<h1>other</h1>' }, authors: renamed.authors.map((a) => ({ ...a, id: `x${a.id.slice(1)}` })) };
    const apart = compareReports({ report: then, schemaVersion: 2 }, { report: other, schemaVersion: 2 });
    expect(apart.notes.filter((n) => /different repositories/.test(n))).toEqual(['The reports are of different repositories (repo then, <h1>other</h1> now); compared anyway, module by module path.']);
    const text = comparisonMarkdown(apart, { depth: 1, top: 20 });
    expect(text).toContain('different repositories (repo then, &lt;h1&gt;other&lt;/h1&gt; now)');
    expect(text).not.toContain('<h1>');
  });

  it('runs from the command line: Markdown by default, JSON that matches schema/comparison.schema.json', () => {
    const md = runCli(['diff', files.then, files.now]);
    expect(md.stderr).toBe('');
    expect(md.status).toBe(0);
    expect(md.stdout).toBe(comparisonMarkdown(c, { depth: 1, top: 20 }));
    const json = runCli(['diff', files.then, files.now, '--format', 'json']);
    expect(json.status).toBe(0);
    const parsed = JSON.parse(json.stdout) as unknown;
    expect(parsed).toEqual(JSON.parse(JSON.stringify(c)));
    const validate = schemaValidator(JSON.parse(readFileSync(join(ROOT, 'schema/comparison.schema.json'), 'utf8')) as object);
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
  });

  it('analyze --baseline writes the same comparison into report.md and report.json', () => {
    const out = join(dir, 'out');
    const run = runCli(['analyze', repo, '--out', out, '--no-cache', '--quiet', '--baseline', files.then]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    expect(report.sinceBaseline).toEqual(JSON.parse(JSON.stringify(c)));
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    const section = comparisonMarkdown(c, { depth: 2, top: DEFAULT_OPTIONS.top }).trimEnd();
    expect(section.startsWith('## Since the last review\n')).toBe(true);
    expect(md).toContain(`\n${section}\n`);
    expect(md).toContain('\n### Hubs\n');
  });

  it('reads a schema version 1 report of the same commit, written by blastmap 0.1.0, and finds the same changes', async () => {
    // test/fixtures/reports/diff-fixture-then.schema-1.json: `blastmap analyze` at 24acb8e (the last
    // commit before schema version 2) run on scripts/fixtures/diff-fixture.ts's first five commits
    const v1 = await readReportFile(join(ROOT, 'test/fixtures/reports/diff-fixture-then.schema-1.json'), 'old', 'diff');
    expect(v1.schemaVersion).toBe(1);
    expect(v1.report.repo.head).toBe(then.repo.head);
    // version 1 knew tests and the rest: every module here is source; no merged identities
    expect(v1.report.modules.map((m) => m.kind)).toEqual(v1.report.modules.map(() => 'source'));
    expect(v1.report.summary.kinds).toEqual({ source: 10, test: 0, example: 0, tooling: 0 });
    expect(v1.report.authors.every((a) => a.aliases.length === 0)).toBe(true);
    const parse = v1.report.modules.find((m) => m.path === 'src/core/parse.ts')!;
    expect(parse.history!.authors.map((a) => [a.firstAuthorship, a.isAuthor])).toEqual([[true, true]]);
    const fromV1 = compareReports(v1, { report: now, schemaVersion: 2 });
    expect(fromV1.old.schemaVersion).toBe(1);
    expect(fromV1.hubs).toEqual(c.hubs);
    expect(fromV1.authors).toEqual(c.authors);
    expect({ ...fromV1.modules, scoreChanges: [] }).toEqual({ ...c.modules, scoreChanges: [] });
    expect(fromV1.summary).toEqual(c.summary);
    expect(fromV1.modules.levelChanges.map((x) => [x.path, x.levelThen, x.levelNow, x.moved?.name])).toEqual([['src/core/parse.ts', 'low', c.modules.levelChanges[0]!.levelNow, 'knowledgeLoss']]);
  });
});
