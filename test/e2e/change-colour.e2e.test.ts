/** The "Change since baseline" colour mode in Chromium: offered only for a report with sinceBaseline, and drawn when chosen. */
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../analyzer/report/compare/compare-reports.js';
import type { Report } from '../../analyzer/report/schema/index.js';
import { createReportValidator } from '../../viewer/build/report-validator.js';
import { sampleReport } from '../support/sample-report.js';
import { chromiumAvailability } from './support/chromium.js';
import { reportBrowser } from './support/report-browser.js';

const browserReady = chromiumAvailability();

function withBaseline(): Report {
  const old = sampleReport({ modules: 80 });
  const now = structuredClone(old);
  const scored = now.modules.filter((m) => m.risk.score !== null);
  old.modules.find((m) => m.path === scored[0]!.path)!.risk.score = 0.05;
  now.sinceBaseline = compareReports({ report: old, schemaVersion: 2 }, { report: now, schemaVersion: 2 });
  return now;
}

describe.skipIf(!browserReady.run)('colour by change since the baseline', () => {
  const pages = reportBrowser();

  async function open(name: string, report: Report) {
    expect(createReportValidator()(report)).toBe(true);
    const { page, problems } = await pages.open(name, report);
    const options = await page.$$eval('#metric option', (list) => list.map((o) => o.getAttribute('value') ?? ''));
    return { page, watch: { problems }, options };
  }

  it('is offered and drawn for a report written with --baseline', async () => {
    const { page, watch, options } = await open('with-baseline', withBaseline());
    expect(options).toContain('change');
    await page.selectOption('#metric', 'change');
    await expect.poll(() => page.textContent('[data-testid=legend-title]')).toBe('Colour: Risk score rise since the baseline report (area: its largest)');
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  it('is not offered without a baseline', async () => {
    const { page, watch, options } = await open('without-baseline', sampleReport({ modules: 40 }));
    expect(options).not.toContain('change');
    expect(options).toContain('risk');
    expect(watch.problems).toEqual([]);
    await page.close();
  });
});
