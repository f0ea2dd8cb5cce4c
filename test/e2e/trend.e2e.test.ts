import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../analyzer/report/schema/index.js';
import { sampleReport } from '../support/sample-report.js';
import { chromiumAvailability } from './support/chromium.js';
import { reportBrowser } from './support/report-browser.js';
import { SCREENSHOT_DIR } from './support/viewer-build.js';

const browserReady = chromiumAvailability();

/** 24 month ends of 2024–2025 with figures that move, as analyze --trend writes them. */
function monthlyTrend(): NonNullable<Report['trend']> {
  return Array.from({ length: 24 }, (_, i) => ({
    date: new Date(Date.UTC(2024, i + 1, 1) - 1000).toISOString(),
    commit: (i + 1).toString(16).padStart(40, '0'),
    sourceModules: 50 + i,
    truckFactor: i < 12 ? 3 : 2,
    aiCommitRatio: i === 5 ? null : i / 30,
    busFactorZero: 0.1 + i / 100,
  }));
}

describe.skipIf(!browserReady.run)('the trend chart in Chromium', () => {
  const pages = reportBrowser();

  const open = (name: string, report: Report) => pages.open(name, report);

  it('draws truck factor, AI share and the share with no active author, with no network and no policy violation', async () => {
    const { page, problems } = await open('trend', { ...sampleReport({ modules: 60 }), trend: monthlyTrend() });
    const trend = page.locator('[data-testid=trend]');
    expect(await trend.isVisible()).toBe(true);
    expect(await trend.locator('canvas').count()).toBe(1);
    const text = (await trend.textContent()) ?? '';
    expect(text).toContain('2024-01-31 to 2025-12-31: truck factor 3 → 2');
    for (const label of ['truck factor', 'AI-assisted commits (90 days)', 'source modules with no active author']) expect(text).toContain(label);
    const box = (await trend.locator('canvas').boundingBox())!;
    expect(box.width).toBeGreaterThan(100);
    await trend.screenshot({ path: join(SCREENSHOT_DIR, 'trend.png') });
    expect(problems).toEqual([]);
  });

  it('is hidden when the report has no trend', async () => {
    const { page, problems } = await open('no-trend', sampleReport({ modules: 60 }));
    expect(await page.locator('[data-testid=trend]').isHidden()).toBe(true);
    expect(problems).toEqual([]);
  });
});
