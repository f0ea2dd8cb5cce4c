import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREA_LABEL_MAX_PX } from '../../viewer/src/box-label.js';
import { sampleReport } from '../support/sample-report.js';
import { chromiumAvailability, launchChromium } from './support/chromium.js';
import { checkFirstScreen, type AreaOnScreen } from './support/heatmap-check.js';
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
      // one folder only people who left ever owned: the risk gathers there, as in real repositories
      const report = sampleReport({ modules, seed: modules, hotspot: 'packages/search/src/graph' });
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

  it('walks Top Risks and the panel by keyboard with a visible focus; the panel explains the score in shares that add up; a clicked box keeps its name on screen', async () => {
    const report = sampleReport({ modules: 1000, seed: 1000 });
    const page = await writeReportPage('heatmap-keys', report, viewerDir);
    const tab = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const watch = watchPage(tab, () => page.url);
    await tab.goto(page.url);
    await tab.waitForSelector('body[data-state="ready"]', { timeout: 90_000 });
    const rows = tab.locator('[data-testid=top-risk]');
    const paths = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-path')!));
    await rows.first().focus();
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('ArrowDown');
    const focused = () => tab.evaluate('document.activeElement?.getAttribute("data-path") ?? document.activeElement?.getAttribute("data-testid")');
    expect(await focused()).toBe(paths[2]);
    // the focus ring is drawn: a solid outline of at least 2 px
    const ring = await tab.evaluate('(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()') as [string, number];
    expect(ring[0]).not.toBe('none');
    expect(ring[1]).toBeGreaterThanOrEqual(2);
    await tab.keyboard.press('Enter');
    await expect.poll(() => tab.textContent('[data-testid=panel-title]')).toBe(paths[2]);
    // zoomed in on the module (once the move has settled), the areas around it keep names of a
    // heading's size, not a poster's
    const largestName = async () => {
      const names = (await tab.evaluate('window.blastmapInspect()') as AreaOnScreen[]).filter((a) => a.labelBox.x2 > 0 && a.labelBox.y2 > 0);
      return names.length === 0 ? Infinity : Math.max(...names.map((a) => a.fontPx));
    };
    await expect.poll(largestName, { timeout: 5_000 }).toBeLessThanOrEqual(AREA_LABEL_MAX_PX + 0.01);
    // the row shows an ending of its path; the whole path is its tooltip
    const shown = (await rows.nth(2).locator('.path').textContent())!.replace(/[\u200E…]/g, '');
    expect(paths[2]!.endsWith(shown.replace(/^\//, ''))).toBe(true);
    expect(await rows.nth(2).locator('.path').getAttribute('title')).toBe(paths[2]);

    const factors = await tab.locator('[data-testid=factor]').evaluateAll((els) => els.map((e) => [e.querySelector('.factor-figure')!.textContent!, e.querySelector('.factor-detail')!.textContent!]));
    expect(factors.length).toBeGreaterThan(0);
    for (const [figure, words] of factors) expect(words).toBe(`share of the score: ${figure} (${words.slice(words.indexOf('(') + 1, -1)})`);
    expect(factors.map(([, w]) => w).join(' ')).not.toMatch(/×|weight/);
    const total = (await tab.textContent('[data-testid=factor-total] .factor-figure'))!;
    const decimals = total.split('.')[1]!.length;
    expect(factors.reduce((s, [f]) => s + Math.round(Number(f) * 10 ** decimals), 0)).toBe(Math.round(Number(total) * 10 ** decimals));
    expect(Number(total).toFixed(2)).toBe(report.modules.find((m) => m.path === paths[2])!.risk.score!.toFixed(2));

    // into the panel and back out with Escape, to the row it came from
    await tab.keyboard.press('ArrowRight');
    expect(await focused()).toBe('panel-title');
    await tab.keyboard.press('Escape');
    expect(await tab.isHidden('[data-testid=panel]')).toBe(true);
    expect(await focused()).toBe(paths[2]);

    // a clicked box: focused and zoomed, its name neither huge nor cut off at the top
    await tab.click('#fit');
    await tab.waitForTimeout(300);
    const graph = (await tab.locator('[data-testid=graph]').boundingBox())!;
    const areas = await tab.evaluate('window.blastmapInspect()') as AreaOnScreen[];
    const box = areas.filter((a) => a.collapsed).sort((a, b) => (b.box.x2 - b.box.x1) * (b.box.y2 - b.box.y1) - (a.box.x2 - a.box.x1) * (a.box.y2 - a.box.y1))[0]!;
    await tab.mouse.click(graph.x + (box.box.x1 + box.box.x2) / 2, graph.y + box.box.y1 + 6);
    await expect.poll(() => tab.textContent('[data-testid=panel-title]')).toBe(box.path);
    await tab.waitForTimeout(600);
    const after = (await tab.evaluate('window.blastmapInspect()') as AreaOnScreen[]).find((a) => a.path === box.path)!;
    const now = (await tab.locator('[data-testid=graph]').boundingBox())!;
    expect(after.labelShown).toBe(true);
    expect(after.labelBox.y1).toBeGreaterThanOrEqual(-1);
    expect(after.labelBox.x1).toBeGreaterThanOrEqual(-1);
    expect(after.labelBox.x2).toBeLessThanOrEqual(now.width + 1);
    expect(after.labelBox.y2 - after.labelBox.y1).toBeLessThan(now.height / 4);
    await tab.screenshot({ path: join(SCREENSHOT_DIR, 'heatmap-clicked-box.png') });

    // opened, the box is drawn under its modules: a click on one picks the module, not the box
    await tab.click('[data-testid=panel] [data-testid=toggle-area]');
    await tab.waitForTimeout(300);
    const inside = (await tab.evaluate('window.blastmapInspectModules()') as { path: string; x: number; y: number }[])
      .filter((m) => m.path.startsWith(`${box.path}/`) && m.x > 10 && m.y > 10 && m.x < now.width - 10 && m.y < now.height - 10);
    // two modules of the box that import one another: once the first is picked its links are
    // drawn above the others, and still a click on the second picks the second
    const drawn = new Map(inside.map((m) => [m.path, m]));
    const link = report.edges.find((e) => e.source !== e.target && drawn.has(e.source) && drawn.has(e.target))!;
    expect(link, 'two linked modules inside the box').toBeDefined();
    for (const path of [link.source, link.target]) {
      // where it is now: picking the first moved the map to it
      await tab.waitForTimeout(300);
      const at = (await tab.evaluate('window.blastmapInspectModules()') as { path: string; x: number; y: number }[]).find((m) => m.path === path)!;
      await tab.mouse.click(now.x + at.x, now.y + at.y);
      await expect.poll(() => tab.textContent('[data-testid=panel-title]')).toBe(path);
    }

    // a drag that starts on the open box, in its padding, pans the map (the box cannot be moved)
    const modulesNow = async () => new Map((await tab.evaluate('window.blastmapInspectModules()') as { path: string; x: number; y: number }[]).map((m) => [m.path, m]));
    await tab.waitForTimeout(300);
    const open = (await tab.evaluate('window.blastmapInspect()') as AreaOnScreen[]).find((a) => a.path === box.path)!;
    const before = await modulesNow();
    const from = { x: now.x + Math.max(open.box.x1, 0) + 5, y: now.y + Math.max(open.box.y1, 0) + 5 };
    await tab.mouse.move(from.x, from.y);
    await tab.mouse.down();
    await tab.mouse.move(from.x + 80, from.y - 40, { steps: 8 });
    await tab.mouse.up();
    const after2 = await modulesNow();
    const moved = before.get(link.source)!;
    expect(after2.get(link.source)!.x - moved.x).toBeCloseTo(80, 0);
    expect(after2.get(link.source)!.y - moved.y).toBeCloseTo(-40, 0);
    await tab.close();
    expect(watch.problems).toEqual([]);
  }, 180_000);
});
