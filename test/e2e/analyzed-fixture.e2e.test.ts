import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import type { Report } from '../../analyzer/report/schema/index.js';
import { buildRiskFixture } from '../../scripts/fixtures/risk-fixture.js';
import { chromiumAvailability, launchChromium } from './support/chromium.js';
import { watchPage } from './support/page-watch.js';
import { writeReportPage } from './support/report-page.js';
import { buildViewer, SCREENSHOT_DIR } from './support/viewer-build.js';

const browserReady = chromiumAvailability();

/** The whole pipeline, not a generated report: analyze a fixture repo, open its report.html. */
describe.skipIf(!browserReady.run)('report.html of an analyzed fixture repository', () => {
  let repo: string;
  let report: Report;
  let browser: Browser;

  beforeAll(async () => {
    repo = buildRiskFixture();
    report = await analyze(repo, { ...DEFAULT_OPTIONS, out: join(repo, '..', 'unused') });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(repo, { recursive: true, force: true });
  });

  it('opens from file:// with no request and no console error, and explains the top risk', async () => {
    const { url } = await writeReportPage('analyzed-fixture', report, await buildViewer());
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const watch = watchPage(page, () => url);
    await page.goto(url);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    const top = [...report.modules].sort((a, b) => (b.risk.score ?? -1) - (a.risk.score ?? -1))[0]!;
    const first = page.locator('[data-testid=top-risk]').first();
    await first.click();
    const shownPath = await first.getAttribute('data-path');
    await expect.poll(() => page.textContent('[data-testid=panel-title]')).toBe(shownPath);
    const shown = report.modules.find((m) => m.path === shownPath);
    expect(shown?.risk.score).toBe(top.risk.score);
    expect(await page.textContent('[data-testid=panel]')).toContain(shown?.risk.explanation ?? '<missing>');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'analyzed-fixture.png') });
    expect(watch.problems).toEqual([]);
  });
});
