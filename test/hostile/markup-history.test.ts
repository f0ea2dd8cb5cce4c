import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../analyzer/report/schema/index.js';
import { buildMarkupHistoryFixture, MARKUP, MARKUP_FILE_COMMITS } from '../../scripts/fixtures/hostile/markup-history.js';
import { analyzeHostile } from './support/contract.js';
import { sandbox } from './support/sandbox.js';
import { testGit } from './support/test-git.js';

const box = sandbox('markup');
let report: Report;

beforeAll(async () => {
  buildMarkupHistoryFixture(box.repo);
  report = await analyzeHostile(box);
}, 60_000);
afterAll(() => box.dispose());

const author = (email: string) => report.authors.find((a) => a.email === email);

describe('history carrying markup and odd encodings', () => {
  it('reads every commit, whatever its message holds (the log parser’s own separators included)', () => {
    const count = Number(testGit(box.repo, ['rev-list', '--count', 'HEAD']).toString());
    expect(report.repo.commitsAnalyzed).toBe(count);
    for (const [path, commits] of Object.entries(MARKUP_FILE_COMMITS)) expect(report.modules.find((m) => m.path === path)?.history?.commits, path).toBe(commits);
  });

  it('keeps markup in names and emails as plain strings', () => {
    expect(author(MARKUP.email)?.name).toBe(MARKUP.name);
    expect(author(MARKUP.rawEmail)?.name).toBe(MARKUP.rawName);
  });

  it('applies a .mailmap that maps to markup', () => {
    expect(author(MARKUP.mailmapEmail)?.name).toBe(MARKUP.mailmapName);
    expect(author(MARKUP.mappedEmail)).toBeUndefined();
  });

  it('decodes a Latin-1 commit that says so, and survives one that does not', () => {
    expect(author('joerg@example.com')?.name).toBe('Jörg Müller');
    expect(author('francois@example.com')?.name).toMatch(/^Fran.ois$/);
  });

  it('keeps a branch name that closes a script element as it is', () => {
    expect(report.repo.branch).toBe(MARKUP.branch);
  });
});
