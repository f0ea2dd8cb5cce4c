import { describe, expect, it } from 'vitest';
import { buildMarkupHistoryFixture, MARKUP, MARKUP_FILE_COMMITS } from '../../scripts/fixtures/hostile/markup-history.js';
import { analyzedOnce } from './support/analyzed-once.js';
import { testGit } from './support/test-git.js';

const fixture = analyzedOnce('markup', (b) => buildMarkupHistoryFixture(b.repo));
const { box } = fixture;

const author = (email: string) => fixture.report.authors.find((a) => a.email === email);

describe('history carrying markup and odd encodings', () => {
  it('reads every commit, whatever its message holds (the log parser’s own separators included)', () => {
    const count = Number(testGit(box.repo, ['rev-list', '--count', 'HEAD']).toString());
    expect(fixture.report.repo.commitsAnalyzed).toBe(count);
    for (const [path, commits] of Object.entries(MARKUP_FILE_COMMITS)) expect(fixture.report.modules.find((m) => m.path === path)?.history?.commits, path).toBe(commits);
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
    expect(fixture.report.repo.branch).toBe(MARKUP.branch);
  });
});
