import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../support/sample-report.js';
import { chromiumAvailability, launchChromium } from './support/chromium.js';
import { checkFirstScreen } from './support/heatmap-check.js';
import { watchPage } from './support/page-watch.js';
import { writeReportPage } from './support/report-page.js';
import { buildViewer, SCREENSHOT_DIR } from './support/viewer-build.js';

const browserReady = chromiumAvailability();
const SIZES = [100, 1_000, 5_000, 20_000];

describe.skipIf(!browserReady.run)('the first screen of the heatmap (issue #16)', () => {
  let browser: Browser;
  let viewerDir: string;

  beforeAll(async () => {
    viewerDir = await buildViewer();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  for (const modules of SIZES) {
    it(`${modules.toLocaleString('en-US')} modules: the riskiest area is the darkest labelled box, under every simulated vision, and no name leaves its box`, async () => {
      const report = sampleReport({ modules, seed: modules });
      const page = await writeReportPage(`heatmap-${modules}`, report, viewerDir);
      const tab = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      const watch = watchPage(tab, () => page.url);
      await tab.goto(page.url);
      await tab.waitForSelector('body[data-state="ready"]', { timeout: 90_000 });
      await tab.waitForTimeout(300);
      await tab.screenshot({ path: join(SCREENSHOT_DIR, `heatmap-${modules}.png`) });
      const screen = await checkFirstScreen(browser, tab, report);
      console.log(`[heatmap ${modules}] riskiest ${screen.riskiest.path} (mass ${screen.riskiest.mass.toFixed(2)}) of ${screen.boxes} filled boxes; span ${JSON.stringify(screen.span)}; luminance ${JSON.stringify(screen.luminance)}`);
      expect(screen.problems).toEqual([]);
      await tab.close();
      expect(watch.problems).toEqual([]);
    }, 180_000);
  }
});
