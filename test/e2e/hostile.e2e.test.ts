import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import { canaries } from '../../scripts/fixtures/hostile/canary.js';
import { buildEmptyGraph, buildGraphShapes } from '../../scripts/fixtures/hostile/graphs.js';
import { buildMarkupHistoryFixture, MARKUP } from '../../scripts/fixtures/hostile/markup-history.js';
import { buildNamesFixture, HOSTILE_NAMES } from '../../scripts/fixtures/hostile/names.js';
import { buildTreeFixture } from '../../scripts/fixtures/hostile/tree.js';
import { buildUntrustedConfigFixture } from '../../scripts/fixtures/hostile/untrusted-config.js';
import { chromiumAvailability, launchChromium } from './support/chromium.js';
import { watchPage } from './support/page-watch.js';
import { writeReportPage } from './support/report-page.js';
import { buildViewer } from './support/viewer-build.js';

const browserReady = chromiumAvailability();
const scratch = mkdtempSync(join(tmpdir(), 'blastmap-hostile-e2e-'));
const marks = canaries(join(scratch, 'canaries'));

interface Case {
  name: string;
  build: (dir: string) => string;
  /** a module to open, and strings its panel must show as text */
  open?: { path: string; texts: string[] };
}

const CASES: Case[] = [
  // the folder name is markup too: it becomes the page title
  { name: 'names-<img src=x onerror=alert(8)>', build: buildNamesFixture, open: { path: 'main.ts', texts: HOSTILE_NAMES.filter((n) => n !== 'back\\slash.ts') } }, // that import stays unresolved, as in tsc
  { name: 'markup-history', build: buildMarkupHistoryFixture, open: { path: 'src/a.ts', texts: [MARKUP.name, MARKUP.rawName] } },
  { name: 'tree', build: buildTreeFixture, open: { path: 'app/main.ts', texts: ['lib/helper.ts'] } },
  { name: 'untrusted-config', build: (dir) => buildUntrustedConfigFixture(dir, marks), open: { path: 'a.ts', texts: ['b.ts'] } },
  { name: 'graph-shapes', build: buildGraphShapes, open: { path: 'self.ts', texts: ['in a cycle'] } },
  { name: 'empty-graph', build: buildEmptyGraph },
];

/** The analyzer's real output for each hostile fixture, opened from file:// in Chromium. */
describe.skipIf(!browserReady.run)('report.html of hostile fixtures', () => {
  let browser: Browser;
  let viewerDir: string;

  beforeAll(async () => {
    viewerDir = await buildViewer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it.each(CASES)('$name: no script runs, no request leaves, hostile strings are text', async ({ name, build, open }) => {
    const repo = build(join(scratch, name));
    const report = await analyze(repo, { ...DEFAULT_OPTIONS, out: join(scratch, `${name}-out`) });
    const { url } = await writeReportPage(`hostile-${name.replace(/[^\w-]/g, '_')}`, report, viewerDir);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const watch = watchPage(page, () => url);
    await page.goto(url);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    expect(await page.title()).toBe(`${name} — blastmap`);
    if (open) {
      await page.fill('#search', open.path);
      await page.press('#search', 'Enter');
      await expect.poll(() => page.textContent('[data-testid=panel-title]')).toBe(open.path);
      const panel = (await page.textContent('[data-testid=panel]')) ?? '';
      for (const text of open.texts) expect(panel, text).toContain(text);
    }
    expect(await page.locator('img, iframe, object, embed, [onerror], [onload], [onmouseover], [onfocus]').count()).toBe(0);
    expect(await page.locator('script:not([type="application/json"])').count()).toBe(1);
    expect(watch.problems).toEqual([]);
    expect(marks.fired()).toEqual([]);
    await page.close();
  }, 90_000);
});
