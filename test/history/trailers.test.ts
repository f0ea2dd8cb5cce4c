import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTrailers } from '../../analyzer/history/trailers.js';
import { fixtureEnv } from '../../scripts/fixtures/history-fixture.js';

/** Ground truth: git's own parser, as `%(trailers)` uses it (no `---` divider), with no config. */
const home = mkdtempSync(join(tmpdir(), 'blastmap-trailers-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

function gitTrailers(message: string): string[] {
  const out = execFileSync('git', ['interpret-trailers', '--parse', '--no-divider'], { input: message, env: fixtureEnv(home), cwd: home, encoding: 'utf8' });
  return out.split('\n').filter((line) => line.length > 0);
}

const SAMPLES: string[] = [
  'Subject only\n',
  'Key: value on the subject line\n',
  'Subject\n\nCo-authored-by: Claude <noreply@anthropic.com>\n',
  'Subject\n\nBody text.\n\nCo-authored-by: Claude <noreply@anthropic.com>\nSigned-off-by: A <a@x>\n',
  'Subject\n\nBody text.\nCo-authored-by: Claude <noreply@anthropic.com>\n',
  'Subject\n\nBody\n\nSigned-off-by: A <a@x>\nnot a trailer\nnot either\nnor this\n',
  'Subject\n\nBody\n\nSigned-off-by: A <a@x>\nnot a trailer\nnot either\nnor this\nnor that\n',
  'Subject\n\nBody\n\nSigned-off-by: A <a@x>\nReviewed-by: B <b@x>\nsome prose\n',
  'Subject\n\nBody\n\nAssisted-by: Claude\nsome prose line\n',
  'Subject\n\nAssisted-by: Claude\n\nThis paragraph ends the message.\n',
  'Subject\n\nBody\n\nFixes: #12\n  continued value\n\tand more\nAcked-by: C <c@x>\n',
  'Subject\n\nBody\n\n  leading space: not a key\nKey: v\n',
  'Subject\n\nBody\n\nKey with space: v\n',
  'Subject\n\nBody\n\nKey : spaced separator\nOther\t: tab before colon\n',
  'Subject\n\nBody\n\nKey_under: v\n',
  'Subject\n\nBody\n\nhttps://example.com/x: not really\n',
  'Subject\n\nBody\n\n# a comment line\nKey: v\n',
  'Subject\n\nBody\n\nKey: v\n# trailing comment\n\n\n',
  'Subject\n\nBody\n\nKey: v\n\n   \n',
  'Subject\n\nBody\n\n(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)\nline one\nline two\nline three\n',
  'Subject\n\nBody\n\n(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)\nline one\nline two\nline three\nline four\n',
  'Subject\n\nBody\n\nSigned-off-by: A <a@x>\n continuation\n more\n another\n',
  'Subject\n\nBody\n\nnot a trailer\n continuation of prose\nKey: v\n',
  'Subject\n\n* squashed one\n\nCo-authored-by: google-labs-jules[bot] <1+google-labs-jules[bot]@users.noreply.github.com>\n\n* squashed two\n\nCo-authored-by: Erin <erin@example.com>\n',
  'Subject\n\nBody\n\nMade-with: Cursor\nAmp-Thread-ID: https://ampcode.com/threads/T-1\nClaude-Session: abc\n',
  'Subject\n\nBody\n---\nKey: v\n',
  'Subject\n\nBody\n\n---\nKey: v\n',
  'Subject\n\n\n\nKey: v\n',
  'Subject\nsecond title line\n\nKey: v\n',
  'Subject\n\nKey:\n',
  'Subject\n\n:no key\n',
  'Subject\n\nBody\n\nSigned-off-by: A <a@x>\n',
  'Subject\n\nBody\n\nSigned-off-by:A <a@x>\nx\ny\nz\n',
  'Subject\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude Sonnet 4.5 <noreply@anthropic.com>\n',
  '',
  '\n\nKey: v\n',
];

describe('parseTrailers agrees with git interpret-trailers --parse', () => {
  it.each(SAMPLES.map((message, i) => [i, message] as const))('sample %i', (_i, message) => {
    const ours = parseTrailers(message).map((t) => `${t.key}: ${t.value}`);
    expect(ours).toEqual(gitTrailers(message));
  });

  it('unfolds continuation lines into the value', () => {
    expect(parseTrailers('S\n\nFixes: a\n  b\nKey: v\n')).toEqual([{ key: 'Fixes', value: 'a b' }, { key: 'Key', value: 'v' }]);
  });
});
