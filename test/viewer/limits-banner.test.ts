import { describe, expect, it } from 'vitest';
import { reportLimits } from '../../analyzer/report/wording/limits.js';
import { BANNER_TITLE, limitsBanner } from '../../viewer/src/limits-banner.js';
import { bareSampleReport } from '../score/report-fixture.js';
import { HOSTILE_COMMENT_PATH, sampleReport } from '../support/sample-report.js';

describe('limitsBanner', () => {
  it('says what report.md and the terminal say, as sentences', () => {
    const report = sampleReport({ modules: 40 });
    const banner = limitsBanner(report)!;
    expect(banner.title).toBe(BANNER_TITLE);
    expect(banner.items).toEqual([
      {
        code: 'files-left-out', details: [],
        headline: '1 file left out (1 size-cap).',
        affects: 'They are not modules: they have no figures, and imports of them are not edges.',
      },
      {
        code: 'files-read-in-part', details: [],
        headline: '1 file read in part (1 parse-error).',
        affects: 'Their imports were found around the syntax error (or by scanning, where the parser gave up), so an import in the unreadable part is missing from the edges, and size and complexity may be off.',
      },
    ]);
    expect(banner.items.map((i) => i.code)).toEqual(reportLimits(report).map((l) => l.code));
  });

  it('is null when there is nothing to say', () => {
    expect(limitsBanner({ ...sampleReport({ modules: 12 }), warnings: [] })).toBeNull();
  });

  it('keeps a repository string as the string it is (the page inserts it as text)', () => {
    const report = { ...sampleReport({ modules: 12 }), warnings: [{ code: 'history-incomplete', message: `git log stopped: bad object ${HOSTILE_COMMENT_PATH} <img src=x onerror=alert(1)>` }] };
    expect(limitsBanner(report)!.items[0]!.details).toEqual([`git log stopped: bad object ${HOSTILE_COMMENT_PATH} <img src=x onerror=alert(1)>`]);
  });

  it('leads with no git history: structure only, no risk level', () => {
    const items = limitsBanner(bareSampleReport())!.items;
    expect(items.map((i) => i.headline)).toEqual(['No git history: structure only, no risk level.']);
  });
});
