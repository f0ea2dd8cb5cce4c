/**
 * `blastmap diff` and `analyze --baseline` on hostile reports: cut short, not JSON, too large,
 * another schema version, damaged, not a blastmap report; and valid reports whose paths and names
 * carry HTML, Markdown, newlines and pipes, which must come out as text.
 */
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDiff } from '../../analyzer/cli/diff.js';
import { UsageError } from '../../analyzer/cli/usage-error.js';
import { MAX_REPORT_BYTES, readReportFile } from '../../analyzer/cli/read-report-file.js';
import { anonymizeReport } from '../../analyzer/report/anonymize.js';
import { compareReports } from '../../analyzer/report/compare/compare-reports.js';
import { comparisonMarkdown } from '../../analyzer/report/compare/comparison-markdown.js';
import type { Report } from '../../analyzer/report/schema/index.js';
import { HOSTILE_PATH, sampleReport } from '../support/sample-report.js';
import { runCli } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'blastmap-diff-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const good = sampleReport({ modules: 40 });
const goodFile = file('good.json', JSON.stringify(good));

async function refused(path: string): Promise<string> {
  try {
    await readReportFile(path, 'old', 'diff');
  } catch (error) {
    expect(error instanceof UsageError).toBe(true);
    const message = (error as Error).message;
    expect(message.includes('\n')).toBe(false);
    return message;
  }
  throw new Error(`${path} was read`);
}

describe('reports that cannot be compared: one line, exit 2', () => {
  it('a report cut short names the file and says it is not JSON', async () => {
    const text = JSON.stringify(good);
    expect(await refused(file('cut.json', text.slice(0, Math.floor(text.length / 2))))).toMatch(/^old report .*cut\.json is not JSON \(.*\); was it cut short\?$/);
  });

  it('a text that is not JSON: the whole reason on one line, with no guess that it was cut short', async () => {
    // the fault at the end of the text, after a byte-order mark too: then it may well be cut short
    for (const [name, text] of [['cut-object.json', '{"a":1,'], ['bom-cut.json', '\ufeff{"a":1,']]) expect(await refused(file(name!, text!))).toMatch(/; was it cut short\?$/);
    expect(await refused(file('hostname', 'vm\nhost\n'))).toMatch(/^old report .*hostname is not JSON \(Unexpected token 'v', "vm\\u000ahost\\u000a" is not valid JSON\)$/);
  });

  it('an empty file, a directory, a missing file', async () => {
    expect(await refused(file('empty.json', ''))).toMatch(/is not JSON/);
    expect(await refused(dir)).toMatch(/is a directory without a report\.json$/);
    expect(await refused(join(dir, 'missing.json'))).toMatch(/: no such file$/);
  });

  it('a file larger than a report is read up to is refused before it is read', async () => {
    const path = join(dir, 'huge.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_REPORT_BYTES + 1); // sparse: takes no disk
    closeSync(fd);
    expect(await refused(path)).toMatch(/is 400 MiB, more than the 400 MiB a report is read up to$/);
  });

  it('another schema version, another tool, a damaged report', async () => {
    expect(await refused(file('v3.json', JSON.stringify({ ...good, schemaVersion: 3 })))).toMatch(/has schema version 3; blastmap diff reads versions 2 and 1$/);
    expect(await refused(file('v-str.json', JSON.stringify({ ...good, schemaVersion: '2\n::set-output x' })))).toMatch(/has schema version "2\\n::set-output x"/);
    expect(await refused(file('eslint.json', JSON.stringify({ tool: { name: 'eslint' }, schemaVersion: 2 })))).toMatch(/is not a blastmap report/);
    expect(await refused(file('array.json', '[1,2]'))).toMatch(/is not a blastmap report/);
    const damaged = structuredClone(good) as unknown as { modules: { risk: { score: unknown } }[] };
    damaged.modules[0]!.risk.score = 'high';
    expect(await refused(file('damaged.json', JSON.stringify(damaged)))).toMatch(/does not match the version 2 schema: \/modules\/0\/risk\/score: must be number \(and \d+ more problems\)$/);
  });

  it('a file name with a newline and HTML stays on one line', async () => {
    const message = await refused(join(dir, 'no\nsuch <b>file</b>.json'));
    expect(message).toContain('no\\u000asuch <b>file</b>.json');
  });

  it('reads the report.json of a folder, as `blastmap view` does', async () => {
    const folder = join(dir, 'out');
    mkdirSync(folder);
    writeFileSync(join(folder, 'report.json'), JSON.stringify(good));
    expect((await readReportFile(folder, 'old', 'diff')).report.modules.length).toBe(good.modules.length);
  });

  it('reads a report with a byte order mark', async () => {
    const read = await readReportFile(file('bom.json', `\ufeff${JSON.stringify(good)}`), 'old', 'diff');
    expect(read.report.modules.length).toBe(good.modules.length);
  });

  it('the CLI: exit 2 and one line on stderr, nothing on stdout', () => {
    for (const args of [['diff', goodFile, join(dir, 'cut.json')], ['diff', goodFile, goodFile, '--format', 'sarif']]) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('bad arguments are usage errors, one line each, before anything is read', async () => {
    const cut = join(dir, 'cut.json');
    for (const [args, reason] of [
      [[goodFile], /^diff takes two report\.json files, old then new, got 1/],
      [[goodFile, goodFile, goodFile], /got 3/],
      [[cut, goodFile], /^old report .*cut\.json is not JSON/],
      [[goodFile, cut], /^new report .*cut\.json is not JSON/],
      [[goodFile, goodFile, '--format', 'sarif\n::error::x'], /^--format takes markdown or json, got 'sarif\\u000a::error::x'$/],
      [[goodFile, goodFile, '--top', '0'], /^--top takes a positive whole number/],
      [[goodFile, goodFile, '--bogus'], /--bogus/],
    ] as [string[], RegExp][]) {
      const error = await runDiff(args).then(() => null, (e: unknown) => e as Error);
      expect(error instanceof UsageError, args.join(' ')).toBe(true);
      expect(error!.message, args.join(' ')).toMatch(reason);
    }
  });

  it('a report file whose name starts with a dash, given after --', () => {
    const dashed = file('-old.json', JSON.stringify(good));
    const run = runCli(['diff', '--', '-old.json', goodFile], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('# blastmap diff:');
    expect(dashed).toContain('-old.json');
  });

  it('analyze --baseline with a bad baseline stops before analyzing: exit 2, one line, no output folder', async () => {
    const out = join(dir, 'never');
    const run = runCli(['analyze', dir, '--out', out, '--no-cache', '--baseline', join(dir, 'cut.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^blastmap: baseline report .*cut\.json is not JSON .*\n$/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('strings from the reports are text in the Markdown', () => {
  const NASTY_PATH = 'src/a|b\n## Owned\n<img src=x onerror=alert(1)>`x`[link](http://e.vil)*.ts';
  const NASTY_NAME = '**Mallory**\n- [ ] <script>alert(1)</script> | cell';

  function pair(): { old: Report; now: Report } {
    const old = structuredClone(good);
    const now = structuredClone(good);
    // a module of the old report renamed to the nasty path in the new one: removed and added
    now.modules[1] = { ...now.modules[1]!, path: NASTY_PATH };
    // the hostile-path module's level changes, with hostile factor details
    const target = now.modules.find((m) => m.path === HOSTILE_PATH)!;
    const before = old.modules.find((m) => m.path === HOSTILE_PATH)!;
    before.risk = { ...before.risk, score: 0.1, level: 'low', factors: before.risk.factors.map((f) => ({ ...f, detail: '<b>then</b>|x' })) };
    target.risk = { ...target.risk, score: 0.9, level: 'critical', factors: target.risk.factors.map((f) => ({ ...f, contribution: f.contribution + 0.1, detail: '<i>now</i>\n| y' })) };
    // an active human of the old report leaves, under a nasty name
    const human = old.authors.find((a) => a.kind === 'human' && a.active)!;
    human.name = NASTY_NAME;
    now.authors = now.authors.map((a) => (a.id === human.id ? { ...a, name: NASTY_NAME, active: false } : a));
    now.repo = { ...now.repo, root: '<h1>other</h1>\nrepo' };
    return { old, now };
  }

  it('no tag, no heading, no list item, no extra table cell comes from a report', () => {
    const { old, now } = pair();
    const c = compareReports({ report: old, schemaVersion: 2 }, { report: now, schemaVersion: 2 });
    expect(c.modules.added).toContain(NASTY_PATH);
    expect(c.authors.left.map((p) => p.name)).toContain(NASTY_NAME);
    expect(c.modules.levelChanges.map((x) => x.path)).toContain(HOSTILE_PATH);
    // one history under two folder names: no "different repositories" note (diff-fixture.test.ts has it, escaped)
    expect(c.notes.some((n) => /different repositories/.test(n))).toBe(false);
    const text = comparisonMarkdown(c, { depth: 1, top: 100 });
    expect(text).not.toMatch(/<(img|script|b|i|h1|svg)\b/i);
    const headings = text.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# blastmap diff: &lt;h1&gt;other&lt;/h1&gt; repo',
      '## Risk level changes: modules', '## Risk level changes: areas', '## Hubs', '## Authors who left', '## Modules added and removed',
    ]);
    // every table row has its four cells: an unescaped | would add one
    for (const row of text.split('\n').filter((l) => l.startsWith('|'))) expect(row.split(/(?<!\\)\|/).length, row).toBe(6);
    expect(text).toContain('\\*\\*Mallory\\*\\* - \\[ \\] &lt;script&gt;alert(1)&lt;/script&gt; \\| cell');
    expect(text).toContain('src/a\\|b \\#\\# Owned &lt;img src=x onerror=alert(1)&gt;\\`x\\`\\[link\\](http://e.vil)\\*.ts');
    expect(text).toContain('&lt;b&gt;then&lt;/b&gt;\\|x');
    expect(text).toContain('&lt;i&gt;now&lt;/i&gt; \\| y');
  });
});

describe('anonymized reports', () => {
  it('an anonymized report against a plain one: no person is matched, and no name of either leaks into the comparison', () => {
    const plain = structuredClone(good);
    const anonymous = anonymizeReport(good);
    for (const [old, now] of [[plain, anonymous], [anonymous, plain]] as const) {
      const c = compareReports({ report: old, schemaVersion: 2 }, { report: now, schemaVersion: 2 });
      expect(c.authors).toEqual({ comparable: false, left: [], arrived: [] });
      expect(c.notes.some((n) => /is anonymized: people cannot be matched/.test(n))).toBe(true);
      const text = JSON.stringify(c) + comparisonMarkdown(c, { depth: 1, top: 100 });
      for (const a of good.authors.filter((x) => x.kind === 'human')) {
        expect(text, a.name).not.toContain(a.email);
        if (a.name.length > 3) expect(text, a.name).not.toContain(a.name);
      }
    }
  });

  it('a person whose id changed (their same-name merge picked another address) is matched by address, not listed as gone and arrived', () => {
    const old = structuredClone(good);
    const person = old.authors.find((a) => a.kind === 'human' && a.active)!;
    person.aliases = [{ name: person.name, email: 'Second@Example.org', rule: 'same-name' }];
    const now = structuredClone(old);
    const again = now.authors.find((a) => a.id === person.id)!;
    // the new report's id hashes the other address, which is now the person's email
    Object.assign(again, { id: 'e3c7434e44bd', email: 'second@example.org', aliases: [{ name: person.name, email: person.email, rule: 'same-name' }] });
    const gone = now.authors.find((a) => a.kind === 'human' && a.active && a !== again)!;
    gone.active = false;
    const c = compareReports({ report: old, schemaVersion: 2 }, { report: now, schemaVersion: 2 });
    expect(c.authors.left.map((p) => p.id)).toEqual([gone.id]);
    expect(c.authors.arrived).toEqual([]);
    expect(comparisonMarkdown(c, { depth: 1, top: 100 })).not.toContain("no commit in the new report's history");
  });

  it('an address two people of the new report share matches neither of them', () => {
    const old = structuredClone(good);
    const person = old.authors.find((a) => a.kind === 'human' && a.active)!;
    const now = structuredClone(old);
    const humans = now.authors.filter((a) => a.kind === 'human' && a !== now.authors.find((b) => b.id === person.id));
    // the person is gone from the new report under their id, and their address is an alias of two others
    now.authors = now.authors.filter((a) => a.id !== person.id);
    for (const other of humans.slice(0, 2)) other.aliases = [...other.aliases, { name: person.name, email: person.email, rule: 'mailmap' }];
    const c = compareReports({ report: old, schemaVersion: 2 }, { report: now, schemaVersion: 2 });
    expect(c.authors.left.find((p) => p.id === person.id)).toMatchObject({ inNewReport: false });
  });

  it('two anonymized reports are matched by pseudonym, with the caveat said', () => {
    const old = anonymizeReport(good);
    const now = structuredClone(old);
    const leaving = now.authors.find((a) => a.kind === 'human' && a.active)!;
    leaving.active = false;
    const c = compareReports({ report: old, schemaVersion: 2 }, { report: now, schemaVersion: 2 });
    expect(c.authors.left.map((p) => p.id)).toEqual([leaving.id]);
    expect(c.notes).toContain('Both reports are anonymized: people are matched by pseudonym, and a pseudonym is a rank by commits within its own report, so one pseudonym may stand for different people then and now.');
  });
});

describe('a large report', () => {
  it('compares 20,000 modules against a changed copy and caps each list in the Markdown', () => {
    const old = sampleReport({ modules: 20_000, withLayout: false });
    const now = structuredClone(old);
    for (let i = 0; i < now.modules.length; i += 7) now.modules[i] = { ...now.modules[i]!, path: `${now.modules[i]!.path}.moved.ts` };
    const c = compareReports({ report: old, schemaVersion: 2 }, { report: now, schemaVersion: 2 });
    const moved = Math.ceil(20_000 / 7);
    expect(c.modules.added).toHaveLength(moved);
    expect(c.modules.removed).toHaveLength(moved);
    const text = comparisonMarkdown(c, { depth: 1, top: 20 });
    // counts grouped as everywhere else: "2,858", not "2858"
    expect(moved).toBe(2858);
    expect(text).toContain('- **Added (2,858):** ');
    expect(text).toContain(' and 2,838 more');
    expect(text).toContain('- **Modules:** 20,000 → 20,000: 2,858 added, 2,858 removed;');
    expect(text.length).toBeLessThan(60_000);
  });
});
