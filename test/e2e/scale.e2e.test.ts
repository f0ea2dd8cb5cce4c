import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../support/sample-report.js';
import { chromiumAvailability, launchChromium } from './support/chromium.js';
import { watchPage } from './support/page-watch.js';
import { writeReportPage } from './support/report-page.js';
import { buildViewer, SCREENSHOT_DIR } from './support/viewer-build.js';

const browserReady = chromiumAvailability();
const MODULES = 10_000;

describe.skipIf(!browserReady.run)(`a report of ${MODULES.toLocaleString('en-US')} modules`, () => {
  const report = sampleReport({ modules: MODULES });
  let browser: Browser;
  let page: { file: string; url: string };

  beforeAll(async () => {
    page = await writeReportPage('scale-10k', report, await buildViewer());
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens collapsed to areas, then focuses a top risk inside its area', async () => {
    const tab = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const watch = watchPage(tab, () => page.url);
    await tab.goto(page.url);
    await tab.waitForSelector('body[data-state="ready"]', { timeout: 60_000 });
    // no module directly in the opened top levels: only areas are drawn
    expect(Number(await tab.getAttribute('[data-testid=graph]', 'data-modules'))).toBe(0);
    await tab.screenshot({ path: join(SCREENSHOT_DIR, '10-scale-open.png') });
    const first = tab.locator('[data-testid=top-risk]').first();
    const path = (await first.getAttribute('data-path'))!;
    await first.click();
    await expect.poll(() => tab.textContent('[data-testid=panel-title]')).toBe(path);
    // its area and the areas above it open: their own modules are drawn, no other
    const area = report.modules.find((m) => m.path === path)!.area;
    const opened = report.modules.filter((m) => m.area === area || area.startsWith(`${m.area}/`));
    expect(Number(await tab.getAttribute('[data-testid=graph]', 'data-modules'))).toBe(opened.length);
    await tab.waitForTimeout(400);
    await tab.screenshot({ path: join(SCREENSHOT_DIR, '11-scale-focused.png') });
    await tab.close();
    expect(watch.problems).toEqual([]);
  });
});
