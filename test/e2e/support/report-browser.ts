import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Report } from '../../../analyzer/report/schema/index.js';
import { launchChromium } from './chromium.js';
import { watchPage } from './page-watch.js';
import { writeReportPage } from './report-page.js';
import { buildViewer } from './viewer-build.js';

export interface OpenedReport {
  page: Page;
  /** console errors, failed requests and policy violations seen so far (page-watch.ts) */
  problems: string[];
}

/**
 * One viewer build and one Chromium for a describe block (set up in its beforeAll, closed in its
 * afterAll); `open` writes a report's page as the analyzer would and waits until the viewer is ready.
 */
export function reportBrowser(viewport = { width: 1400, height: 900 }): { open(name: string, report: Report): Promise<OpenedReport>; browser(): Browser; viewerDir(): string } {
  let browser: Browser | undefined;
  let viewerDir = '';
  beforeAll(async () => {
    viewerDir = await buildViewer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(name, report) {
      const { url } = await writeReportPage(name, report, viewerDir);
      const page = await (browser as Browser).newPage({ viewport });
      const watch = watchPage(page, () => url);
      await page.goto(url);
      await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
      return { page, problems: watch.problems };
    },
    browser: () => browser as Browser,
    viewerDir: () => viewerDir,
  };
}
