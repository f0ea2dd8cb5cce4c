/**
 * Declared owners and "as if someone left" on the scripted owners fixture
 * (scripts/fixtures/owners-fixture.ts). Every figure below is worked out by hand from the steps:
 *
 * Authorship (DOA, Avelino et al.): every file has one creator and no other commit, so its creator
 * has DOA 3.293 + 1.098 = 4.391 and is its only author; except src/web/form.ts, created by Ben and
 * changed once by Ann: Ben 4.391 − 0.321·ln 2 = 4.1685, Ann 3.293 + 0.164 = 3.457, and
 * 3.457 / 4.1685 = 0.829 > 0.75 with DOA ≥ 3.293, so both are authors, Ben first.
 * Active (180 days before 2025-06-30): Ann, Ben, Dan; Cat (last commit 2024-01-10) is not.
 *
 * CODEOWNERS: GitHub reads `.github/CODEOWNERS` first, so the root `CODEOWNERS` (`* @nobody`) is
 * never used. Last match wins:
 *   engine.ts     `*`, `/src/core/`           -> [cat@example.com]   (Cat: inactive)      active 0
 *   util.ts       ..., `/src/core/util.ts`    -> [@anna, @acme/web]  (@anna = Ann by noreply) 1
 *   legacy.ts     ..., `/src/api/legacy.ts`   -> []                  (a rule with no owners)  0
 *   handler.ts    `/src/api/` (`/Src/api/` does not match: case-sensitive) -> [@anna]         1
 *   page.ts       `src/web/*`                 -> [@benb, @ghost]     (Ben via config; not an author) 0
 *   form.ts       `src/web/*`                 -> [@benb, @ghost]     (Ben is an author)    1
 *   widgets/button.ts  `src/web/*` does not reach nested files -> `*` -> [@acme/web] (Dan)  1
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { DEFAULT_OPTIONS, type AnalyzeOptions } from '../../analyzer/core/options.js';
import { parseCodeowners, ownersOf } from '../../analyzer/graph/codeowners/parse.js';
import { renderMarkdown } from '../../analyzer/report/markdown.js';
import type { Report } from '../../analyzer/report/schema/index.js';
import { leavingFigures, whatIfLeft } from '../../analyzer/report/wording/what-if-left.js';
import { buildOwnersFixture, OWNERS_CONFIG, OWNERS_NOW } from '../../scripts/fixtures/owners-fixture.js';
import { idOf } from '../history/helpers.js';
import { runCli } from '../support/run-cli.js';

const ANN = idOf('1001+AnnA@users.noreply.github.com');
const BEN = idOf('ben@example.com');
const CAT = idOf('cat@example.com');
const DAN = idOf('dan@example.com');
const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

let repo: string;
let report: Report;
let leaving: Report;
const options = (extra: Partial<AnalyzeOptions> = {}): AnalyzeOptions => ({ ...DEFAULT_OPTIONS, now: OWNERS_NOW, declaredOwners: OWNERS_CONFIG.declaredOwners, ...extra });

beforeAll(async () => {
  repo = buildOwnersFixture();
  report = await analyze(repo, options());
  leaving = await analyze(repo, options({ leaving: ['Ann Ames'] }));
}, 120_000);
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const owners = (r: Report, path: string) => r.modules.find((m) => m.path === path)?.owners;
const area = (r: Report, path: string) => r.areas.find((a) => a.path === path);

describe('declared owners against real ones', () => {
  it('gives each module the owners of the last matching rule of .github/CODEOWNERS, mapped to active authors', () => {
    expect(owners(report, 'src/core/engine.ts')).toEqual({ declared: ['cat@example.com'], activeDeclared: 0, suggested: [] });
    expect(owners(report, 'src/core/util.ts')).toEqual({ declared: ['@anna', '@acme/web'], activeDeclared: 1, suggested: [ANN] });
    expect(owners(report, 'src/api/legacy.ts')).toEqual({ declared: [], activeDeclared: 0, suggested: [] });
    expect(owners(report, 'src/api/handler.ts')).toEqual({ declared: ['@anna'], activeDeclared: 1, suggested: [ANN] });
    expect(owners(report, 'src/web/page.ts')).toEqual({ declared: ['@benb', '@ghost'], activeDeclared: 0, suggested: [DAN] });
    expect(owners(report, 'src/web/form.ts')).toEqual({ declared: ['@benb', '@ghost'], activeDeclared: 1, suggested: [BEN, ANN] });
    expect(owners(report, 'src/web/widgets/button.ts')).toEqual({ declared: ['@acme/web'], activeDeclared: 1, suggested: [DAN] });
    expect(report.codeowners).toMatchObject({ exists: true, path: '.github/CODEOWNERS', used: true, rules: 7 });
  });

  it('aggregates areas: distinct owners most modules first, owners active somewhere they are declared, active authors by modules', () => {
    // src/web: @benb 2 (page, form), @ghost 2, @acme/web 1 (button); active: @benb on form, @acme/web on button
    // suggested: Dan on 2 modules (page, button), Ben and Ann on 1 (form), ties by id
    expect(area(report, 'src/web')?.owners).toEqual({ declared: ['@benb', '@ghost', '@acme/web'], activeDeclared: 2, suggested: [DAN, ...[ANN, BEN].sort(byId)] });
    // src/core: engine [cat], util [@anna, @acme/web]: each 1 module; only @anna is an active author there
    expect(area(report, 'src/core')?.owners).toEqual({ declared: ['@acme/web', '@anna', 'cat@example.com'], activeDeclared: 1, suggested: [ANN] });
    expect(area(report, 'src/api')?.owners).toEqual({ declared: ['@anna'], activeDeclared: 1, suggested: [ANN] });
  });

  it('maps every owner to people and counts what they authored', () => {
    expect(report.codeowners?.owners).toEqual([
      { owner: '@acme/web', people: [BEN, DAN].sort(byId), modules: 2, authored: 1, activeAuthored: 1 },
      { owner: '@anna', people: [ANN], modules: 2, authored: 2, activeAuthored: 2 },
      { owner: '@benb', people: [BEN], modules: 2, authored: 1, activeAuthored: 1 },
      { owner: '@ghost', people: [], modules: 2, authored: 0, activeAuthored: 0 },
      { owner: 'cat@example.com', people: [CAT], modules: 1, authored: 1, activeAuthored: 0 },
    ]);
    expect(report.codeowners?.logins).toEqual({ [ANN]: 'anna', [BEN]: 'benb' });
  });

  it('warns about a config entry that names nobody in the history, and keeps the others', async () => {
    const odd = await analyze(repo, options({ declaredOwners: { ...OWNERS_CONFIG.declaredOwners, '@zed': ['nobody@nowhere.io', 'dan@example.com'] } }));
    expect(odd.warnings.filter((w) => w.code === 'declared-owner-unknown').map((w) => w.message)).toEqual([`config declaredOwners["@zed"]: no author in the history is 'nobody@nowhere.io'`]);
    expect(owners(odd, 'src/web/page.ts')).toEqual(owners(report, 'src/web/page.ts'));
  });

  it('says it in report.md: the inactive and unknown owners, the unowned hub', () => {
    const text = renderMarkdown(report, { top: 15 });
    const section = text.slice(text.indexOf('## Declared owners against real ones'), text.indexOf('## If they left'));
    expect(section).toContain('| `@ghost` | not known | 2 | 0 |');
    expect(section).toMatch(/\| `cat@example\.com` \| Cat Cole \(left[^|]*\| 1 \| 1 \| inactive/);
    expect(section).not.toContain('`@anna`');
    // legacy.ts is unowned ([] from its rule), but only handler.ts imports it: one dependent of 7
    // source modules is below the hub rule's least of 2 (blastmap diff's rule), so no hub is unowned
    expect(section).toContain('here 2 or more, as in `blastmap diff`.\n\nNone.');
    expect(section).not.toContain('`src/api/legacy.ts`');
  });

  it('lists an unowned module as a hub once it has as many dependents as the hub rule asks', () => {
    const legacy = report.modules.find((m) => m.path === 'src/api/legacy.ts');
    if (legacy === undefined) throw new Error('the fixture has src/api/legacy.ts');
    const twoDependents = { ...report, modules: report.modules.map((m) => (m === legacy ? { ...m, graph: { ...m.graph, blastRadius: 2 } } : m)) };
    const text = renderMarkdown(twoDependents, { top: 15 });
    expect(text).toContain('| Module | Dependents | Active authors |\n| --- | --- | --- |\n| `src/api/legacy.ts` | 2 | none |');
  });
});

describe('as if someone left', () => {
  it('--leaving makes the person inactive everywhere and lists their id', () => {
    expect(leaving.options.leaving).toEqual([ANN]);
    expect(leaving.authors.find((a) => a.id === ANN)?.active).toBe(false);
    const bus = (path: string) => leaving.modules.find((m) => m.path === path)?.history?.busFactor;
    expect([bus('src/core/util.ts'), bus('src/api/handler.ts'), bus('src/web/form.ts'), bus('src/web/page.ts')]).toEqual([0, 0, 1, 1]);
    // util.ts: Ann held all of it; form.ts: Ann's 3.457 of 4.1685 + 3.457
    expect(leaving.modules.find((m) => m.path === 'src/core/util.ts')?.history?.knowledgeLoss).toBe(1);
    expect(leaving.modules.find((m) => m.path === 'src/web/form.ts')?.history?.knowledgeLoss).toBeCloseTo(3.457 / (3.457 + 4.391 - 0.321 * Math.log(2)), 9);
    expect(owners(leaving, 'src/core/util.ts')).toEqual({ declared: ['@anna', '@acme/web'], activeDeclared: 0, suggested: [] });
    expect(owners(leaving, 'src/web/form.ts')).toEqual({ declared: ['@benb', '@ghost'], activeDeclared: 1, suggested: [BEN] });
  });

  it('recomputes the truck factor over the people who stay', () => {
    // files per author: Ann 3 (util, form, handler), Cat 2, Dan 2, Ben 1; 7 source modules.
    // Greedy: Ann out -> 5 covered (10 >= 7), then Cat or Dan -> 3 covered (6 < 7): 2.
    expect(report.summary.truckFactor).toBe(2);
    expect(report.summary.truckFactorAuthors[0]).toBe(ANN);
    // Without Ann: 5 covered, one of Cat/Dan -> 3: 1
    expect(leaving.summary.truckFactor).toBe(1);
  });

  it('answers it from the report alone for a truck-factor person, as --leaving does', () => {
    const w = whatIfLeft(report, [ANN]);
    expect(w.modules).toEqual(['src/core/util.ts', 'src/api/handler.ts']);
    expect(w.areas).toEqual(['src/api', 'src/core']);
    expect([w.truckFactorBefore, w.truckFactorAfter]).toEqual([2, leaving.summary.truckFactor]);
    // report.md names the outermost areas, most dependents first: src/core has three outside
    // (page, form, handler import engine or util), src/api none
    const text = renderMarkdown(report, { top: 15 });
    expect(text).toContain('- **Ann Ames (active)**: 2 source modules would have no active author (most depended on: `src/core/util.ts`, `src/api/handler.ts`); 2 areas would have none: `src/core`, `src/api`; the truck factor of those who stay: 1 (now 2).');
  });

  it('answers every group of leavers as the definition does, asked one after another of one report', async () => {
    // the definition, module by module and area by area (an area: its path and everything below it)
    const hasActive = (m: Report['modules'][number], gone: ReadonlySet<string>): boolean => (m.history?.authors ?? []).some((a) => a.isAuthor && a.active && !gone.has(a.id));
    const below = (areaPath: string) => report.modules.filter((m) => areaPath === '.' || m.path.startsWith(`${areaPath}/`));
    const people = [ANN, BEN, CAT, DAN];
    const ask = leavingFigures(report);
    for (let mask = 0; mask < 1 << people.length; mask++) {
      const gone = new Set(people.filter((_, i) => mask & (1 << i)));
      const lost = (m: Report['modules'][number]): boolean => hasActive(m, new Set()) && !hasActive(m, gone);
      const areas = report.areas.filter((a) => {
        const sources = below(a.path).filter((m) => m.kind === 'source');
        const scope = (sources.length > 0 ? sources : below(a.path)).filter((m) => hasActive(m, new Set()));
        return scope.length > 0 && scope.every(lost);
      });
      const w = ask([...gone]);
      expect(new Set(w.modules), [...gone].join()).toEqual(new Set(report.modules.filter((m) => m.kind === 'source' && lost(m)).map((m) => m.path)));
      expect(w.areas, [...gone].join()).toEqual(areas.map((a) => a.path));
    }
    // and against an analysis run as if Ann and Dan had left: the source modules that had an active author and have none there
    const without = await analyze(repo, options({ leaving: ['Ann Ames', 'dan@example.com'] }));
    const activeThere = new Set(without.modules.filter((m) => hasActive(m, new Set())).map((m) => m.path));
    expect(new Set(ask([ANN, DAN]).modules)).toEqual(new Set(report.modules.filter((m) => m.kind === 'source' && hasActive(m, new Set()) && !activeThere.has(m.path)).map((m) => m.path)));
  });

  it("names only the outermost of the areas that would lose their last active author, and says the rest lie within them", () => {
    // as if Dan were the only active author of everything in src/core and src/web: Dan leaving
    // takes src/core, src/web and src/web/widgets; src/web/widgets lies within src/web
    const only = (m: Report['modules'][number]) => m.path.startsWith('src/core/') || m.path.startsWith('src/web/');
    const dan = [{ id: DAN, doa: 4.391, commits: 1, firstAuthorship: true, isAuthor: true, active: true }];
    const modules = report.modules.map((m) => (only(m) && m.history ? { ...m, history: { ...m.history, authors: dan } } : m));
    const asIf: Report = { ...report, modules, summary: { ...report.summary, truckFactorAuthors: [DAN] } };
    const line = renderMarkdown(asIf, { top: 15 }).split('\n').find((l) => l.startsWith('- **Dan'));
    expect(line).toMatch(/; 3 areas would have none \(2 outermost, the rest inside them\): `src\/(core|web)`, `src\/(core|web)`;/);
    // one outermost area: the list is that area
    const webOnly = report.modules.map((m) => (m.path.startsWith('src/web/') && m.history ? { ...m, history: { ...m.history, authors: dan } } : m));
    const line2 = renderMarkdown({ ...asIf, modules: webOnly }, { top: 15 }).split('\n').find((l) => l.startsWith('- **Dan'));
    expect(line2).toContain('; 2 areas would have none, all within `src/web`;');
    // every module: the root is among the areas, named as what it is
    const everything = report.modules.map((m) => (m.history ? { ...m, history: { ...m.history, authors: dan } } : m));
    const line3 = renderMarkdown({ ...asIf, modules: everything }, { top: 15 }).split('\n').find((l) => l.startsWith('- **Dan'));
    expect(line3).toMatch(/; \d+ areas would have none, the whole repository \(`\.`\) among them;/);
  });

  it('says a truck-factor person who already left loses nothing active, and why the truck factor still counts them', () => {
    // Cat (inactive) among the truck-factor people: what leaving would take is already gone
    const asIf: Report = { ...report, summary: { ...report.summary, truckFactorAuthors: [ANN, CAT] } };
    const line = renderMarkdown(asIf, { top: 15 }).split('\n').find((l) => l.startsWith('- **Cat Cole'));
    const after = whatIfLeft(report, [CAT]).truckFactorAfter;
    expect(line).toMatch(new RegExp(`^- \\*\\*Cat Cole \\(left[^*]*\\*\\*: already inactive, so no module or area loses an active author; the truck factor counts the authorship of people who left as well \\(Avelino et al\\.\\), so without them it would be ${String(after)} \\(now ${String(report.summary.truckFactor)}\\)\\.$`));
  });

  it('refuses a person the history does not know, with one line and exit 2', () => {
    const run = runCli(['analyze', repo, '--leaving', 'Nobody Known', '-o', join(mkdtempSync(join(tmpdir(), 'blastmap-owners-out-')), 'o'), '--no-cache', '-q']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual(["blastmap: --leaving: no author in the history is 'Nobody Known' (give an author id, name or email from report.json authors[], or a GitHub @login known from a noreply address)"]);
    // a value with a newline and markup stays one line of text
    const odd = runCli(['analyze', repo, '--leaving', 'Ann Ames', '--leaving', '<b>x</b>\n::error::y', '--no-cache', '-q', '-o', join(mkdtempSync(join(tmpdir(), 'blastmap-owners-out-')), 'o')]);
    expect(odd.status).toBe(2);
    expect(odd.stderr).toBe("blastmap: --leaving: no author in the history is '<b>x</b> ::error::y' (give an author id, name or email from report.json authors[], or a GitHub @login known from a noreply address)\n");
  });

  it('--anonymize leaves no id, login or email of a person in the owners figures, the leaving list or the patch', async () => {
    const copy = clone();
    try {
      rmSync(join(copy, '.github'), { recursive: true });
      rmSync(join(copy, 'CODEOWNERS'));
      const anon = await analyze(copy, options({ anonymize: true, leaving: ['ben@example.com'] }));
      const text = JSON.stringify({ modules: anon.modules.map((m) => m.owners), areas: anon.areas.map((a) => a.owners), codeowners: anon.codeowners, leaving: anon.options.leaving });
      for (const secret of [ANN, BEN, CAT, DAN, 'anna', 'benb', 'example.com', 'noreply']) expect(text, secret).not.toContain(secret);
      const ann = anon.authors.find((a) => a.commits === 3)!.id;
      expect(anon.codeowners?.suggestion.lines).toEqual(['# Suggested by blastmap: the active authors (degree of authorship) of the riskiest areas', `/src/core/ @${ann}`]);
      expect(anon.options.leaving).toEqual([anon.authors.find((a) => a.commits === 1 && anon.modules.some((m) => m.path === 'src/web/form.ts' && m.history?.createdBy === a.id))!.id]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('blastmap codeowners', () => {
  it('has --help with examples, and exits 2 with one line on bad input', () => {
    const help = runCli(['codeowners', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: blastmap codeowners [path]');
    expect(help.stdout).toContain('Examples:');
    for (const args of [['codeowners', '/no/such/dir'], ['codeowners', repo, '--out', '/tmp/x'], ['codeowners', repo, '--bogus'], ['codeowners', repo, '--leaving', '']]) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stdout).toBe('');
    }
  });

  // src/core is the one area at medium risk or above (the other areas are low); its active author
  // is Ann, known as @anna by her noreply address
  it('with no CODEOWNERS prints the new file naming the riskiest area\'s active authors', async () => {
    expect(report.areas.filter((a) => a.path !== '.' && a.risk.level !== 'low').map((a) => a.path)).toEqual(['src/core']);
    const copy = clone();
    try {
      rmSync(join(copy, '.github'), { recursive: true });
      rmSync(join(copy, 'CODEOWNERS'));
      const run = runCli(['codeowners', copy, '--now', OWNERS_NOW, '--no-cache', '-q']);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe('# Suggested by blastmap: the active authors (degree of authorship) of the riskiest areas\n/src/core/ @anna\n');
      // report.md says how to use it: written as the new file, not piped to git apply (it is no diff)
      const text = renderMarkdown(await analyze(copy, options()), { top: 15 });
      expect(text).toContain('in a new CODEOWNERS file. Review before applying: `mkdir -p .github && blastmap codeowners > .github/CODEOWNERS`.');
      expect(text).not.toContain('git apply');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('with a CODEOWNERS whose owners are nobody active prints a patch git applies, after which GitHub\'s rules give src/core to @anna', async () => {
    const copy = clone();
    try {
      writeFileSync(join(copy, '.github/CODEOWNERS'), '# all\n* @ghost\n/docs/ @ghost\n/src/legacy/ @ghost\n');
      const run = runCli(['codeowners', copy, '--now', OWNERS_NOW, '--no-cache', '-q']);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe([
        'diff --git a/.github/CODEOWNERS b/.github/CODEOWNERS',
        '--- a/.github/CODEOWNERS',
        '+++ b/.github/CODEOWNERS',
        '@@ -2,3 +2,5 @@',
        ' * @ghost',
        ' /docs/ @ghost',
        ' /src/legacy/ @ghost',
        '+# Suggested by blastmap: the active authors (degree of authorship) of the riskiest areas',
        '+/src/core/ @anna',
        '',
      ].join('\n'));
      expect(renderMarkdown(await analyze(copy, options()), { top: 15 })).toContain('appended so that they take precedence. Review before applying: `blastmap codeowners | git apply`.');
      execFileSync('git', ['apply', '--check', '-'], { cwd: copy, input: run.stdout });
      execFileSync('git', ['apply', '-'], { cwd: copy, input: run.stdout });
      const applied = parseCodeowners(readFileSync(join(copy, '.github/CODEOWNERS')));
      expect(applied.errors).toEqual([]);
      expect(ownersOf(applied.rules, 'src/core/engine.ts')?.owners).toEqual(['@anna']);
      expect(ownersOf(applied.rules, 'src/web/page.ts')?.owners).toEqual(['@ghost']);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

function clone(): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'blastmap-owners-copy-')), 'repo');
  execFileSync('git', ['clone', '-q', '--no-hardlinks', repo, copy]);
  writeFileSync(join(copy, 'blastmap.config.json'), JSON.stringify(OWNERS_CONFIG));
  return copy;
}
