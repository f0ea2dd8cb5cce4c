import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderReportHtml } from '../../analyzer/report/html.js';
import { sampleReport } from '../support/sample-report.js';
import { launchChromium } from './support/chromium.js';
import { buildViewer } from './support/viewer-build.js';

/**
 * Milliseconds from navigating to a report.html (file://) until the graph is drawn and answers
 * a selection: the page reaches data-state="ready", then a click on the top risk opens its panel.
 */
export async function measureOpenToInteractive(htmlFile: string): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const started = performance.now();
    await page.goto(pathToFileURL(htmlFile).href);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 60_000 });
    await page.click('[data-testid=top-risk] >> nth=0');
    await page.waitForSelector('[data-testid=panel]:not([hidden])');
    return performance.now() - started;
  } finally {
    await browser.close();
  }
}

/** For `npm run bench`: builds the viewer, writes report.html for a sample of `modules` modules, measures it. */
export async function benchViewerOpen(modules = 10_000): Promise<{ modules: number; htmlBytes: number; openToInteractiveMs: number }> {
  const viewerDir = await buildViewer();
  const html = await renderReportHtml(sampleReport({ modules }), { viewerDir });
  const file = join(await mkdtemp(join(tmpdir(), 'blastmap-bench-')), 'report.html');
  await writeFile(file, html);
  return { modules, htmlBytes: Buffer.byteLength(html), openToInteractiveMs: Math.round(await measureOpenToInteractive(file)) };
}
