import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import { buildHostileFamiliarityFixture, GHOST_ROWS, HOSTILE_AREAS, HOSTILE_RATERS, HTML_PERSON } from '../../scripts/fixtures/hostile/familiarity.js';
import { runCli } from '../support/run-cli.js';
import { analyzedOnce } from './support/analyzed-once.js';

const fixture = analyzedOnce('familiarity', (b) => buildHostileFamiliarityFixture(b.repo), { timeoutMs: 120_000 }, 150_000);
const { box } = fixture;
const area = (path: string) => fixture.report.areas.find((a) => a.path === path)!;
const ours = () => fixture.report.warnings.filter((w) => w.code.startsWith('familiarity-'));

describe('a hostile ratings file', () => {
  it('reads 100,000 CRLF rows behind a BOM: the stuck HTML area, the neutralised cells, the bulk rows', () => {
    const markup = fixture.report.authors.find((a) => a.email === HOSTILE_RATERS.markup.email)!;
    expect(area(HOSTILE_AREAS.html).familiarity).toEqual({ raters: 1, latest: 3, stuck: true, stuckRaters: [markup.id] });
    expect(area(HOSTILE_AREAS.formula).familiarity).toEqual({ raters: 1, latest: 1, stuck: false, stuckRaters: [] });
    expect(area(HOSTILE_AREAS.dash).familiarity).toEqual({ raters: 1, latest: 2, stuck: false, stuckRaters: [] });
  });

  it('names the bad rows by line, a bounded number of warnings, and reads formula cells as text', () => {
    const unknown = ours().filter((w) => w.code === 'familiarity-unknown-person').map((w) => w.message);
    expect(unknown).toContain(`line 7: "=cmd|' /C calc'!A0" is no author's name or email in the history`);
    expect(unknown).toContain(`line 8: "${HTML_PERSON}" is no author's name or email in the history`);
    // 2 + GHOST_ROWS unknown people: lines 7, 8 and 60,010..60,027 named, the rest in one warning
    expect(unknown).toHaveLength(21);
    expect(unknown).toContain('line 60027: "ghost-17" is no author\'s name or email in the history');
    expect(unknown).toContain(`${2 + GHOST_ROWS - 20} more lines with this problem, lines 60028 to ${60_009 + GHOST_ROWS}`);
    expect(ours().filter((w) => w.code === 'familiarity-bad-row').map((w) => w.message)).toEqual(['line 9: bytes that are not UTF-8']);
  });

  it('never lets HTML from the file or the history become markup in report.md or report.html', () => {
    const markdown = readFileSync(join(box.out, 'report.md'), 'utf8');
    expect(markdown).toContain('src/&lt;b&gt;bold&lt;/b&gt;');
    expect(markdown).not.toContain('<b>bold</b>');
    expect(markdown).not.toContain(HTML_PERSON);
    expect(markdown).toMatch(/\*\*stuck\*\* \(Mallory"' &amp;amp; onerror=alert\(1\)\/\/\)/);
    const html = readFileSync(join(box.out, 'report.html'), 'utf8');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).not.toContain(HTML_PERSON);
  });

  it('has audit write a name or area that starts like a formula with a leading apostrophe, and reads it back', async () => {
    const answers = join(box.root, 'answers.txt');
    writeFileSync(answers, '1\n1\n1\n1\n');
    const before = readFileSync(join(box.repo, '.blastmap/familiarity.csv'));
    const run = runCli(['audit', box.repo, '--as', HOSTILE_RATERS.formula.email, '--answers', answers, '--date', '2025-06-02']);
    expect(run.status).toBe(0);
    const after = readFileSync(join(box.repo, '.blastmap/familiarity.csv'));
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    const added = after.subarray(before.length).toString('utf8').split('\r\n').filter((l) => l !== '');
    expect(added).toContain(`2025-06-02,'=1+2@example.com,'=SUM(1),1`);
    expect(added).toContain(`2025-06-02,'=1+2@example.com,'-lib,1`);
    const report = await analyze(box.repo, DEFAULT_OPTIONS);
    expect(report.areas.find((a) => a.path === HOSTILE_AREAS.dash)!.familiarity).toEqual({ raters: 1, latest: 1, stuck: false, stuckRaters: [] });
  }, 120_000);

  it('follows no link: a linked .blastmap is a warning for analyze and a refusal for audit', async () => {
    const repo = join(box.root, 'linked');
    buildHostileFamiliarityFixture(repo);
    rmSync(join(repo, '.blastmap'), { recursive: true });
    const elsewhere = join(box.root, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'familiarity.csv'), 'date,person,area,rating\n');
    symlinkSync(elsewhere, join(repo, '.blastmap'));
    const report = await analyze(repo, DEFAULT_OPTIONS);
    expect(report.warnings.filter((w) => w.code.startsWith('familiarity-')).map((w) => w.message)).toEqual([
      "the team's ratings were not read: .blastmap is a symbolic link; links are never followed",
    ]);
    expect(report.areas.every((a) => a.familiarity === null)).toBe(true);
    const answers = join(box.root, 'one.txt');
    writeFileSync(answers, '1\n');
    const run = runCli(['audit', repo, '--as', HOSTILE_RATERS.formula.email, '--answers', answers, '--date', '2025-06-02']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/\.blastmap is a symbolic link; the ratings were not written$/);
    expect(readFileSync(join(elsewhere, 'familiarity.csv'), 'utf8')).toBe('date,person,area,rating\n');
  }, 120_000);
});
