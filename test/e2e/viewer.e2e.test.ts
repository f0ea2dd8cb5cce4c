import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReportValidator } from '../../viewer/build/report-validator.js';
import { areaBoxes } from '../../viewer/src/area-boxes.js';
import { openingExpansion } from '../../viewer/src/expansion.js';
import { NO_FILTER } from '../../viewer/src/filters.js';
import { indexReport } from '../../viewer/src/report-index.js';
import { visibleGraph } from '../../viewer/src/visible-graph.js';
import { HOSTILE_AUTHOR_NAME, HOSTILE_PATH, sampleReport } from '../support/sample-report.js';
import { chromiumAvailability, launchChromium } from './support/chromium.js';
import { watchPage } from './support/page-watch.js';
import { writeReportPage } from './support/report-page.js';
import { buildViewer, SCREENSHOT_DIR } from './support/viewer-build.js';

const browserReady = chromiumAvailability();
const report = sampleReport({ modules: 160 });
const topModule = [...report.modules].sort((a, b) => (b.risk.score ?? -1) - (a.risk.score ?? -1) || b.graph.blastRadius - a.graph.blastRadius || (a.path < b.path ? -1 : 1))[0]!;

/** Every module whose imports lead to `path`, by a walk over the report's edges. */
function dependentsOf(path: string): Set<string> {
  const reached = new Set<string>();
  const queue = [path];
  while (queue.length > 0) {
    const target = queue.pop()!;
    for (const e of report.edges) {
      if (e.target === target && !reached.has(e.source)) {
        reached.add(e.source);
        queue.push(e.source);
      }
    }
  }
  return reached;
}

describe.skipIf(!browserReady.run)('report.html in Chromium (file://, offline)', () => {
  let browser: Browser;
  let viewerDir: string;
  let page: Page;
  let url: string;
  let watch: { problems: string[] };

  beforeAll(async () => {
    expect(createReportValidator()(report)).toBe(true);
    viewerDir = await buildViewer();
    url = (await writeReportPage('fixture', report, viewerDir)).url;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
    watch = watchPage(page, () => url);
    await page.goto(url);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens with the graph, the legend and the ranked risks', async () => {
    await page.screenshot({ path: join(SCREENSHOT_DIR, '01-open.png') });
    // folders stay boxes until a box has room for its modules: the page opens what the rule says
    // for the canvas it has (viewer/src/expansion.ts; every module when the map has room)
    const graph = (await page.locator('[data-testid=graph]').boundingBox())!;
    const index = indexReport(report);
    const opened = openingExpansion(index, { boxes: areaBoxes(index), screen: { width: graph.width, height: graph.height } });
    expect(Number(await page.getAttribute('[data-testid=graph]', 'data-modules'))).toBe(visibleGraph(index, opened, NO_FILTER).modules.length);
    expect(await page.textContent('[data-testid=legend-title]')).toBe('Colour: Risk score');
    expect(await page.locator('[data-testid=top-risk]').count()).toBe(25);
  });

  it('lists the top risk first; a click opens its panel with figures, factors and owners', async () => {
    const first = page.locator('[data-testid=top-risk]').first();
    expect(await first.getAttribute('data-path')).toBe(topModule.path);
    await first.click();
    await expect.poll(() => page.textContent('[data-testid=panel-title]')).toBe(topModule.path);
    const panel = (await page.textContent('[data-testid=panel]')) ?? '';
    expect(panel).toContain(topModule.risk.explanation);
    expect(panel).toContain('Why this score');
    expect(panel).toContain(`Imported by (${topModule.graph.fanIn})`);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SCREENSHOT_DIR, '02-top-risk-panel.png') });
  });

  it('highlights the whole blast radius', async () => {
    await page.click('[data-testid=blast-button]');
    // source: the report's own blast radius, not the viewer's walk; the other kinds that reach the
    // module are added from a plain walk over report.edges
    const otherDependents = [...dependentsOf(topModule.path)].filter((p) => report.modules.find((m) => m.path === p)!.kind !== 'source').length;
    const { blastRadius } = topModule.graph;
    await expect.poll(() => page.textContent('[data-testid=blast-note]')).toContain(`${blastRadius + otherDependents} modules depend on this (${blastRadius} source)`);
    await page.screenshot({ path: join(SCREENSHOT_DIR, '03-blast-radius.png') });
  });

  it('gives a link that opens the same node in a fresh page', async () => {
    const link = await page.inputValue('[data-testid=node-link]');
    expect(link).toContain('#module=');
    const fresh = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const freshWatch = watchPage(fresh, () => link);
    await fresh.goto(link);
    await fresh.waitForSelector('body[data-state="ready"]');
    await expect.poll(() => fresh.textContent('[data-testid=panel-title]')).toBe(topModule.path);
    await fresh.close();
    expect(freshWatch.problems).toEqual([]);
  });

  it('switches the colour metric and its legend', async () => {
    await page.selectOption('[data-testid=metric]', 'ai');
    expect(await page.textContent('[data-testid=legend-title]')).toBe('Colour: Share of commits with AI assistance');
    expect(page.url()).toContain('metric=ai');
    await page.selectOption('[data-testid=metric]', 'busFactor');
    expect(await page.textContent('[data-testid=legend-title]')).toContain('bus factor');
    await page.screenshot({ path: join(SCREENSHOT_DIR, '04-bus-factor.png') });
    await page.selectOption('[data-testid=metric]', 'risk');
  });

  it('shows hostile repository strings as text, never as markup', async () => {
    const hostileAuthor = report.authors.find((a) => a.name === HOSTILE_AUTHOR_NAME)!;
    const owned = report.modules.find((m) => m.history?.authors.some((a) => a.id === hostileAuthor.id))!;
    await page.fill('#search', 'onerror');
    await page.click('[data-testid=search-hit] >> nth=0');
    await expect.poll(() => page.textContent('[data-testid=panel-title]')).toBe(HOSTILE_PATH);
    await page.screenshot({ path: join(SCREENSHOT_DIR, '05-hostile-path.png') });
    await page.fill('#search', owned.path);
    await page.press('#search', 'Enter');
    await expect.poll(() => page.textContent('[data-testid=panel-title]')).toBe(owned.path);
    expect(await page.textContent('[data-testid=panel]')).toContain(HOSTILE_AUTHOR_NAME);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('svg[onload], [onerror]').count()).toBe(0);
  });

  it('filters by level, area and tests', async () => {
    await page.uncheck('[data-testid=level-low]');
    const paths = await page.locator('[data-testid=top-risk]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-path')!));
    // as many rows as there are, up to 25, and none of them low
    expect(paths).toHaveLength(Math.min(25, report.modules.filter((m) => m.risk.level !== 'low').length));
    for (const p of paths) expect(report.modules.find((m) => m.path === p)!.risk.level).not.toBe('low');
    await page.check('[data-testid=level-low]');
    await page.selectOption('[data-testid=test-filter]', 'tests');
    const drawn = Number(await page.getAttribute('[data-testid=graph]', 'data-modules'));
    expect(drawn).toBe(report.modules.filter((m) => m.test).length);
    await page.selectOption('[data-testid=test-filter]', 'all');
  });

  it('exports the graph as a PNG', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-png]')]);
    const saved = join(SCREENSHOT_DIR, 'export.png');
    await download.saveAs(saved);
    const bytes = await readFile(saved);
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('made no request, logged no error and raised no dialog', () => {
    expect(watch.problems).toEqual([]);
  });

  it('says plainly when the document is another schema version or not a report at all', async () => {
    const cases = [
      { doc: { ...report, schemaVersion: 3 }, text: 'This report has schema version 3; this viewer reads versions 2 and 1.' },
      { doc: { tool: { name: 'eslint' } }, text: 'This is not a blastmap report.' },
    ];
    for (const [i, c] of cases.entries()) {
      const target = await writeReportPage(`rejected-${i}`, c.doc as typeof report, viewerDir);
      const other = await browser.newPage();
      const otherWatch = watchPage(other, () => target.url);
      await other.goto(target.url);
      await other.waitForSelector('body[data-state="rejected"]');
      expect(await other.textContent('[data-testid=message-title]')).toBe(c.text);
      if (i === 0) await other.screenshot({ path: join(SCREENSHOT_DIR, '06-other-schema-version.png') });
      await other.close();
      expect(otherWatch.problems).toEqual([]);
    }
  });
});
