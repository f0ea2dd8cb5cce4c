/**
 * The "what if … left" picker in Chromium, on the owners fixture's report: picking Ann recolours
 * the modules she alone holds to the bus-factor-0 colour, says what that takes away, and "nobody"
 * gives the report back; names stay text; no console error.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import type { Report } from '../../analyzer/report/schema/index.js';
import { buildOwnersFixture, OWNERS_NOW } from '../../scripts/fixtures/owners-fixture.js';
import { idOf } from '../history/helpers.js';
import { chromiumAvailability, launchChromium } from './support/chromium.js';
import { watchPage } from './support/page-watch.js';
import { writeReportPage } from './support/report-page.js';
import { buildViewer, SCREENSHOT_DIR } from './support/viewer-build.js';

const browserReady = chromiumAvailability();
const ANN = idOf('1001+AnnA@users.noreply.github.com');

describe.skipIf(!browserReady.run)('the what-if-left picker in Chromium', () => {
  let repo: string;
  let report: Report;
  let browser: Browser;
  let page: Page;
  let watch: { problems: string[] };

  beforeAll(async () => {
    repo = buildOwnersFixture();
    report = await analyze(repo, { ...DEFAULT_OPTIONS, now: OWNERS_NOW });
    const url = (await writeReportPage('leaving', report, await buildViewer())).url;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    watch = watchPage(page, () => url);
    await page.goto(url);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(repo, { recursive: true, force: true });
  });

  it('offers the truck-factor people first and says what Ann leaving takes away', async () => {
    const options = await page.locator('[data-testid=leaving-picker] option').allTextContents();
    expect(options[0]).toBe('nobody');
    expect(options[1]).toBe('Ann Ames (truck factor)');
    await page.selectOption('[data-testid=leaving-picker]', ANN);
    await expect.poll(() => page.textContent('[data-testid=leaving-note]')).toBe('2 source modules and 2 areas would have no active author; truck factor 2 → 1. Colours show the bus factor; risk scores are not recomputed here (blastmap analyze --leaving does).');
    expect(await page.inputValue('[data-testid=metric]')).toBe('busFactor');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'leaving-ann.png') });
    await page.selectOption('[data-testid=leaving-picker]', '');
    await expect.poll(() => page.textContent('[data-testid=leaving-note]')).toBe('');
    expect(watch.problems).toEqual([]);
  });
});
