import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../analyzer/report/schema/index.js';
import { bareSampleReport } from '../score/report-fixture.js';
import { sampleReport } from '../support/sample-report.js';
import { chromiumAvailability } from './support/chromium.js';
import { reportBrowser } from './support/report-browser.js';
import { SCREENSHOT_DIR } from './support/viewer-build.js';

const browserReady = chromiumAvailability();
const MARKUP = '<img src=x onerror=alert(1)>';

/** What the report could not see, on the first screen; and a report without history, unscored. */
describe.skipIf(!browserReady.run)('the limits banner and a report without history, in Chromium', () => {
  const pages = reportBrowser();

  const open = (name: string, report: Report) => pages.open(name, report);

  it('shows the limits on the first screen, as text, until dismissed; the graph then takes the room', async () => {
    const base = sampleReport({ modules: 60 });
    const report = { ...base, warnings: [...base.warnings, { code: 'history-incomplete', message: `git log stopped after 12 commits: fatal: missing blob ${MARKUP}` }] };
    const { page, problems } = await open('limits-banner', report);
    const banner = page.locator('[data-testid=limits-banner]');
    expect(await banner.isVisible()).toBe(true);
    const box = (await banner.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(900);
    const text = (await banner.textContent()) ?? '';
    expect(text).toContain('What this report could not see');
    expect(text).toMatch(/Git history incomplete: [\d,]+ commits read, back to \d{4}-\d\d-\d\d\./);
    expect(text).toContain('1 file left out (1 size-cap).');
    expect(text).toContain(MARKUP);
    expect(await page.locator('img, [onerror]').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, '10-limits-banner.png') });
    const before = (await page.locator('[data-testid=graph]').boundingBox())!.height;
    await page.click('[data-testid=limits-dismiss]');
    expect(await banner.isVisible()).toBe(false);
    await expect.poll(async () => (await page.locator('[data-testid=graph]').boundingBox())!.height).toBeGreaterThan(before);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows no banner when there is nothing to say', async () => {
    const { page, problems } = await open('limits-none', { ...sampleReport({ modules: 30 }), warnings: [] });
    expect(await page.locator('[data-testid=limits-banner]').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a report without history as structure only, with no risk level anywhere', async () => {
    const { page, problems } = await open('no-history', bareSampleReport());
    expect(await page.textContent('[data-testid=limits-banner]')).toContain('No git history: structure only, no risk level.');
    expect(await page.textContent('[data-testid=no-risk-level]')).toBe('no risk level');
    expect(await page.locator('#levels').isVisible()).toBe(false);
    expect(await page.textContent('#top-risks-title')).toBe('Most depended on');
    expect(await page.textContent('[data-testid=legend-title]')).toBe('Colour: Betweenness centrality (area: its highest)');
    const first = page.locator('[data-testid=top-risk]').first();
    expect(await first.getAttribute('data-path')).toBe('src/core/b.ts');
    await first.click();
    const panel = page.locator('[data-testid=panel]');
    await expect.poll(() => panel.textContent()).toContain('no risk level');
    expect(await page.textContent('[data-testid=no-score]')).toContain('No git history: structure only, no risk level');
    expect(await panel.textContent()).not.toMatch(/(low|medium|high|critical) · \d/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, '11-no-history.png') });
    expect(problems).toEqual([]);
    await page.close();
  });
});
