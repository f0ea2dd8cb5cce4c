/** The per-area trend in Chromium: the area panel's sparkline and "Colour by: change since a trend point". */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../analyzer/report/schema/index.js';
import { createReportValidator } from '../../viewer/build/report-validator.js';
import { sampleReport } from '../support/sample-report.js';
import { chromiumAvailability } from './support/chromium.js';
import { reportBrowser } from './support/report-browser.js';
import { SCREENSHOT_DIR } from './support/viewer-build.js';

const browserReady = chromiumAvailability();

type Areas = NonNullable<NonNullable<Report['trend']>[number]['areas']>;

/**
 * 24 month ends of 2024–2025, per-area figures at the 8 quarter ends (as analyze --trend writes
 * them): `rising` (and the areas inside it) gains risk mass every quarter, `falling` loses it,
 * the others keep theirs.
 */
function withAreaTrend(rising: string, falling: string): Report {
  const report = sampleReport({ modules: 60 });
  const paths = report.areas.map((a) => a.path);
  report.trend = Array.from({ length: 24 }, (_, i) => {
    const quarter = (i + 1) % 3 === 0 ? (i + 1) / 3 : null;
    const areas: Areas = {};
    if (quarter !== null) {
      for (const path of paths) {
        const up = path === rising || path.startsWith(`${rising}/`);
        const down = path === falling || path.startsWith(`${falling}/`);
        const risk = up ? 0.5 * quarter : down ? 4.5 - 0.5 * quarter : 1;
        areas[path] = { risk, activeShare: up ? 1 - quarter / 10 : 0.9 };
      }
    }
    return {
      date: new Date(Date.UTC(2024, i + 1, 1) - 1000).toISOString(),
      commit: (i + 1).toString(16).padStart(40, '0'),
      sourceModules: 50,
      truckFactor: 2,
      aiCommitRatio: 0.1,
      busFactorZero: 0.2,
      ...(quarter === null ? {} : { areas }),
    };
  });
  return report;
}

const channels = (hex: string): [number, number, number] => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

describe.skipIf(!browserReady.run)('the per-area trend in Chromium', () => {
  const pages = reportBrowser();

  async function open(name: string, report: Report) {
    expect(createReportValidator()(report)).toBe(true);
    return pages.open(name, report);
  }

  /** The colour of the box drawn for `path` or an area inside it (a chain of folders is one box). */
  const boxOf = async (page: Page, path: string): Promise<{ path: string; colour: string } | undefined> =>
    ((await page.evaluate('window.blastmapInspect()')) as { path: string; colour: string }[]).find((a) => a.path === path || a.path.startsWith(`${path}/`));
  const areaColour = async (page: Page, path: string): Promise<string | undefined> => (await boxOf(page, path))?.colour;
  const goTo = (page: Page, hash: string): Promise<unknown> => page.evaluate(`location.hash = ${JSON.stringify(hash)}`);

  it('colours each area by its change since the chosen point, picked with the keyboard too, and draws its sparkline in the panel', async () => {
    // the sample's packages: packages/api, packages/cli, packages/core, packages/web
    const packages = sampleReport({ modules: 60 }).areas.map((a) => a.path).filter((p) => /^packages\/[^/]+$/.test(p));
    expect(packages.length).toBeGreaterThanOrEqual(3);
    const [rising, falling, steady] = packages as [string, string, string];
    const { page, problems } = await open('area-trend', withAreaTrend(rising, falling));

    const options = await page.$$eval('#metric option', (list) => list.map((o) => o.getAttribute('value') ?? ''));
    expect(options).toContain('trendChange');
    expect(await page.locator('[data-testid=trend-since]').isVisible()).toBe(false);
    await page.selectOption('#metric', 'trendChange');
    expect(await page.locator('[data-testid=trend-since]').isVisible()).toBe(true);
    // the seven quarter ends before the last are the choices, the oldest first and chosen
    expect(await page.$$eval('#trend-since option', (list) => list.map((o) => o.textContent))).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31', '2025-03-31', '2025-06-30', '2025-09-30']);
    await expect.poll(() => page.textContent('[data-testid=legend-title]')).toContain('risk mass at 2025-12-31 minus at 2024-03-31');

    // a rise is red (RdBu's red end), a fall blue, no change near-white
    const [rr, , rb] = channels((await areaColour(page, rising))!);
    const [fr, , fb] = channels((await areaColour(page, falling))!);
    expect(rr).toBeGreaterThan(rb);
    expect(fb).toBeGreaterThan(fr);
    expect(await areaColour(page, steady)).toBe('#f7f7f7');
    await page.locator('.main, body').first().screenshot({ path: join(SCREENSHOT_DIR, 'area-trend-map.png') });

    // keyboard: the point picker is a focusable control; ↓ picks the next point and recolours
    await page.focus('#trend-since');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.textContent('[data-testid=legend-title]')).toContain('risk mass at 2025-12-31 minus at 2024-06-30');
    expect(await page.evaluate('document.activeElement?.id')).toBe('trend-since');

    // the area panel: a sparkline of risk mass and active share, and the same in words
    const box = (await boxOf(page, rising))?.path;
    expect(box).toBeDefined();
    await goTo(page, `#area=${encodeURIComponent(box!)}&metric=trendChange`);
    const spark = page.locator('[data-testid=area-sparkline]');
    await spark.waitFor({ timeout: 10_000 });
    const lines = await spark.locator('path').evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''));
    expect(lines).toHaveLength(2);
    // eight points each: one move and seven line segments
    for (const d of lines) expect(d.match(/[ML]/g)).toHaveLength(8);
    const text = (await page.textContent('[data-testid=area-trend]')) ?? '';
    expect(text).toContain("2024-03-31 to 2025-12-31 (quarter ends): risk mass 0.50 → 4.00, active authors' share 90 % → 20 %");
    await page.locator('[data-testid=area-trend]').screenshot({ path: join(SCREENSHOT_DIR, 'area-trend.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('offers neither without per-area figures', async () => {
    const report = withAreaTrend('x', 'y');
    for (const p of report.trend ?? []) delete p.areas;
    const { page, problems } = await open('area-trend-none', report);
    const options = await page.$$eval('#metric option', (list) => list.map((o) => o.getAttribute('value') ?? ''));
    expect(options).not.toContain('trendChange');
    await goTo(page, '#area=.');
    await page.locator('.panel-section h3').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-testid=area-sparkline]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
