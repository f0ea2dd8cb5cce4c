import { describe, expect, it } from 'vitest';
import type { ReportAuthor, ReportWarning } from '../../analyzer/report/schema/index.js';
import { reportLimits, unresolvedCause, type LimitsInput } from '../../analyzer/report/wording/limits.js';

const HEAD = 'a'.repeat(40);
const repo = (extra: Partial<LimitsInput['repo']> = {}): LimitsInput['repo'] => ({
  root: 'r', head: HEAD, branch: 'main', shallow: false, commitsAnalyzed: 0, firstCommitDate: null, lastCommitDate: null, now: '2024-06-01T00:00:00.000Z', ...extra,
});
const author = (id: string, commits: number, firstCommit: string | null): ReportAuthor => ({
  id, name: id, email: `${id}@x`, kind: 'human', tool: null, commits, aiCommits: 0, firstCommit, lastCommit: firstCommit, active: true, filesAuthored: 0, aliases: [],
});
const w = (code: string, message: string, path?: string): ReportWarning => (path === undefined ? { code, message } : { code, path, message });
// 1,208 commits read, the oldest on 2021-03-04 (a bot's commits count: every commit has one author)
const authors = [author('a', 1000, '2021-05-01T00:00:00.000Z'), author('b', 200, '2021-03-04T10:00:00.000Z'), { ...author('bot', 8, '2022-01-01T00:00:00.000Z'), kind: 'bot' as const }];
const STOPPED = 'git log stopped after 1208 commits, at 0123456789ab (2021-03-04T10:00:00.000Z): fatal: missing blob; older history is left out of every history figure';

describe('reportLimits', () => {
  it('says nothing when there is nothing to say', () => {
    expect(reportLimits({ repo: repo(), authors, warnings: [] })).toEqual([]);
  });

  it('states a history cut short with how many commits were read and how far back they reach', () => {
    expect(reportLimits({ repo: repo(), authors, warnings: [w('history-incomplete', STOPPED)] })).toEqual([{
      code: 'history-incomplete',
      headline: 'git history incomplete: 1,208 commits read, back to 2021-03-04',
      affects: 'bus factors, knowledge loss, authors and the truck factor count only the 1,208 commits read, back to 2021-03-04; authors of older commits are not seen',
      count: 1208,
      details: [STOPPED],
    }]);
  });

  it('states a shallow clone the same way', () => {
    const [shallow] = reportLimits({ repo: repo({ shallow: true }), authors, warnings: [w('shallow-clone', 'shallow clone: ...')] });
    expect(shallow).toMatchObject({ code: 'shallow-clone', headline: 'shallow clone: 1,208 commits present, back to 2021-03-04', count: 1208 });
    expect(shallow!.affects).toContain('count only the 1,208 commits present, back to 2021-03-04');
  });

  it('states a --now before commits the history counts, quoting the dates, and counts it nowhere else', () => {
    const message = '--now 2019-01-01T00:00:00.000Z is before the newest commit read (2026-08-22T05:54:45.000Z): commits after it still count, and their authors as active';
    const limits = reportLimits({ repo: repo(), authors, warnings: [w('now-before-commits', message)] });
    expect(limits.map((l) => [l.code, l.headline, l.details])).toEqual([['now-before-commits', '"now" (--now) is before commits the history counts', [message]]]);
  });

  it('gives no history as structure only, no risk level, and nothing about commits', () => {
    const limits = reportLimits({ repo: repo({ head: null }), authors: [], warnings: [w('not-a-git-repo', 'no git history: not a git repository; the report has the import graph only')] });
    expect(limits.map((l) => [l.code, l.headline, l.details])).toEqual([
      ['no-history', 'no git history: structure only, no risk level', ['no git history: not a git repository; the report has the import graph only']],
    ]);
    expect(limits[0]!.affects).toContain('no module or area has a risk score or level');
  });

  it('groups unresolved imports by cause, and files by warning code, most first', () => {
    const warnings = [
      w('unresolved-import', "cannot resolve './a': no such file", 'x.ts'),
      w('unresolved-import', "cannot resolve './b': no such file", 'x.ts'),
      w('unresolved-import', "cannot resolve '@w/p/deep': workspace package @w/p has no source file for it", 'y.ts'),
      w('unresolved-import', "cannot resolve '~/q': matches a tsconfig `paths` alias but no file", 'y.ts'),
      w('vendored', 'vendored third-party code', 'vendor/a.js'),
      w('generated', 'generated code (header says so)', 'gen.ts'),
      w('vendored', 'vendored third-party code', 'vendor/b.js'),
      w('size-cap', '2000000 bytes, over maxFileBytes (1048576)', 'big.ts'),
      w('excluded-by-config', 'matched an `exclude` glob', 'skip.ts'),
      w('parse-error', 'syntax error at line 3', 'broken.ts'),
      w('tsconfig-error', 'cannot read base', 'tsconfig.json'),
      w('bad-marker-pattern', 'bad'),
      w('betweenness-sampled', 'betweenness estimated from 500 sampled sources over 20000 modules'),
      w('from-a-later-version', 'something new'),
    ];
    const limits = reportLimits({ repo: repo(), authors, warnings });
    expect(limits.map((l) => [l.code, l.headline, l.count])).toEqual([
      ['unresolved-imports', '4 imports not resolved (2 no such file; 1 a workspace package has no source file for it; 1 matches a tsconfig `paths` alias but no file)', 4],
      ['config-read-in-part', '1 configuration file read in part (1 tsconfig-error)', 1],
      ['files-left-out', '5 files left out (2 vendored, 1 excluded-by-config, 1 generated, 1 size-cap)', 5],
      ['files-read-in-part', '1 file read in part (1 parse-error)', 1],
      ['ai-markers-ignored', '1 AI marker pattern ignored (1 bad-marker-pattern)', 1],
      ['centrality-estimated', 'betweenness estimated by sampling', 1],
      ['other-warnings', '1 other warning (1 from-a-later-version)', 1],
    ]);
    expect(limits.find((l) => l.code === 'centrality-estimated')!.details).toEqual(['betweenness estimated from 500 sampled sources over 20000 modules']);
    expect(limits.find((l) => l.code === 'config-read-in-part')!.details).toEqual(['tsconfig.json: cannot read base']);
    expect(limits.find((l) => l.code === 'files-left-out')!.details).toEqual([]);
  });

  it('takes the cause from the last quote, whatever the specifier holds', () => {
    expect(unresolvedCause("cannot resolve 'a': b': no such file")).toBe('no such file');
    expect(unresolvedCause('something else')).toBe('other');
  });
});
