import { describe, expect, it } from 'vitest';
import { buildHostileProvenanceFixture, buildIgnoreRevsFixture } from '../../scripts/fixtures/hostile/provenance.js';
import { analyzedOnce } from './support/analyzed-once.js';

const hostile = analyzedOnce('provenance', (box) => buildHostileProvenanceFixture(box.repo, box.root, box.canaries), {}, 120_000);
const blocked = analyzedOnce('ignore-revs', (box) => buildIgnoreRevsFixture(box.repo));

const warning = (code: string) => hostile.report.warnings.filter((w) => w.code === code).map((w) => w.message);
const module = (path: string) => hostile.report.modules.find((m) => m.path === path);

describe('records of AI-written lines that do not hold up', () => {
  it('still measures what the sound records say, and runs no textconv driver while blaming', () => {
    // P1's note: 1-4 of hub.ts; P2's note (line 10 and all of late.ts) does not parse
    expect(module('src/hub.ts')?.history).toMatchObject({ aiLines: 4, aiLineShare: 0.4, aiLineSource: 'git-ai' });
    expect(module('src/late.ts')?.history).toMatchObject({ aiLines: 0, aiLineShare: 0, aiLineSource: 'git-ai' });
    expect(hostile.report.provenance).toEqual({ gitAi: true, agentTrace: true, notesRead: 1, traceRecordsRead: 2, filesBlamed: 2 });
    // the canary is checked by the contract too; said here because blame is where it would fire
    expect(hostile.box.canaries.fired()).toEqual([]);
  });

  it('gives each kind of problem one warning with a code, naming the cases', () => {
    expect(hostile.report.warnings.map((w) => w.code)).toEqual(['provenance-bad-path', 'provenance-note-unreadable', 'provenance-record-mismatch', 'provenance-trace-unreadable']);
    expect(warning('provenance-note-unreadable')[0]).toMatch(/^2 git-ai notes could not be read and were left out: note on [0-9a-f]{12}: 9\d{6} bytes, over the 8388608 read; note on [0-9a-f]{12}: line 2: line range "10-x" is not a number or a start-end pair$/);
    expect(warning('provenance-record-mismatch')[0]).toMatch(/^2 records do not fit the commit they name: the git-ai note on [0-9a-f]{12} gives line 40 of src\/hub\.ts, which has 10 lines there; the git-ai note on [0-9a-f]{12} names src\/late\.ts, which that commit does not have$/);
    expect(warning('provenance-bad-path')[0]).toMatch(/^3 recorded paths were refused.*"\.\.\/\.\.\/etc\/passwd" in the note on .*: a path with a "\.\." segment; "\/abs\.ts" in the note on .*: an absolute path; "\.\.\/\.\.\/etc\/passwd" on line 4 of \.agent-trace\/traces\.jsonl/);
    expect(warning('provenance-trace-unreadable')[0]).toMatch(new RegExp(
      '^4 lines of \\.agent-trace/traces\\.jsonl could not be used: line 1: not JSON; '
      + 'line 3: files\\[0\\]\\.conversations\\[0\\]\\.ranges\\[0\\]\\.start_line is not an integer ≥ 1; '
      + 'line 5: longer than 1048576 bytes; line 6: vcs\\.revision "[0-9a-f]{7}" is not a full commit id, so no line can be traced to it$',
    ));
  });
});

describe("a repository that points git blame's ignore list at /dev/zero", () => {
  it('is not blamed (blame would read forever), says why, and the run finishes', () => {
    expect(blocked.report.provenance).toMatchObject({ gitAi: true, notesRead: 1, filesBlamed: 0 });
    expect(blocked.report.warnings).toEqual([{ code: 'provenance-incomplete', message: expect.stringMatching(/no file was blamed: the repository's blame\.ignoreRevsFile "\/dev\/zero" is not a regular file/) as string }]);
    expect(blocked.report.modules[0]?.history).toMatchObject({ aiLineShare: null });
  });
});
