import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { AnalyzerEmitter } from '../../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import { renderMarkdown } from '../../analyzer/report/markdown.js';
import type { Report } from '../../analyzer/report/schema/index.js';
import { buildRepo, HISTORY_FIXTURE_STEPS } from '../../scripts/fixtures/history-fixture.js';
import { tempDir } from '../incremental/support.js';

let repo: string;
let empty: Report;
beforeAll(async () => {
  repo = buildRepo(tempDir('md-window'), HISTORY_FIXTURE_STEPS);
  // a window that starts after the last commit: no commit in it, but the history is there
  empty = await analyze(repo, { ...DEFAULT_OPTIONS, cacheDir: null, since: '2031-01-01' }, new AnalyzerEmitter());
}, 60_000);
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe("report.md's window", () => {
  it('says a --since after the last commit leaves no commit, not that there is no history, beside the scores it still gives', () => {
    expect(empty.repo.commitsAnalyzed).toBe(0);
    expect(empty.repo.head).not.toBeNull();
    const text = renderMarkdown(empty, { top: 10 });
    const window = text.split('\n').find((line) => line.startsWith('| Window |'));
    expect(window).toBe(`| Window | no commit, since ${String(empty.options['since'])}: nothing to count for commits, churn and AI-assisted shares; authorship comes from the whole history |`);
    expect(text).not.toContain('no git history');
    // authorship still scores the modules: the summary counts their levels
    const scored = empty.modules.filter((m) => m.risk.level !== null).length;
    expect(scored).toBe(empty.modules.length);
    expect(text).toMatch(/- \*\*Risk levels \(modules\):\*\* \d+ critical, \d+ high, \d+ medium, \d+ low/);
  });

  it('keeps the truck factor and the authors in the summary, as "If they left" and report.json have them', () => {
    const text = renderMarkdown(empty, { top: 10 });
    expect(empty.summary.truckFactor).not.toBeNull();
    expect(text).toContain(`- **Truck factor:** ${String(empty.summary.truckFactor)}: the code rests on`);
    expect(text).toContain(`- **Authors:** ${String(empty.summary.authors)} (${String(empty.summary.activeAuthors)} active)`);
    expect(text).toContain('- **AI-assisted commits:** no commit in the window');
    expect(text).toContain(`The truck factor is ${String(empty.summary.truckFactor)}:`);
  });
});
