/**
 * The heatmap's first-screen check (issue #16, test/e2e/heatmap.e2e.test.ts) on reports of real
 * repositories: opens each report.json in the current viewer, checks that the area holding the
 * most risk is the darkest labelled box (also under simulated colour-vision deficiencies), that no
 * area's name leaves its box and that the map fills the canvas, and saves screenshots to look at.
 *
 *   npm run build
 *   node dist/analyzer/cli.js analyze <repo> --out /tmp/heatmap-<name> -q
 *   node --import tsx scripts/heatmap-check.ts [--out <dir>] <name>=<report.json> ...
 *
 * Prints one JSON line per report; exits 1 when a check fails.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderReportHtml } from '../analyzer/report/html.js';
import { computeLayout } from '../analyzer/report/layout/layout.js';
import type { Report } from '../analyzer/report/schema/index.js';
import { launchChromium } from '../test/e2e/support/chromium.js';
import { checkFirstScreen } from '../test/e2e/support/heatmap-check.js';
import { buildViewer } from '../test/e2e/support/viewer-build.js';
import { measureOpenToInteractive } from '../test/e2e/measure-open.js';

const VIEWPORTS = [{ width: 1600, height: 1000 }, { width: 1280, height: 720 }];

async function main(argv: string[]): Promise<number> {
  let out = resolve('test-output/heatmap-real');
  const reports: [string, string][] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') out = resolve(argv[++i] ?? out);
    else if (/^[\w.-]+=/.test(arg)) reports.push([arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]);
    else throw new Error(`expected <name>=<report.json> or --out <dir>, got ${JSON.stringify(arg)}`);
  }
  if (reports.length === 0) throw new Error('give at least one <name>=<report.json>');
  await mkdir(out, { recursive: true });
  const viewerDir = await buildViewer();
  const browser = await launchChromium();
  let failed = false;
  try {
    for (const [name, file] of reports) {
      const report = JSON.parse(await readFile(file, 'utf8')) as Report;
      // positions as the current analyzer would write them (the layout depends only on paths,
      // areas and blast radii), so a report from an older build shows today's map
      const layout = computeLayout({ modules: report.modules.map((m) => ({ path: m.path, area: m.area, blastRadius: m.graph.blastRadius })), edges: report.edges });
      for (const m of report.modules) m.layout = layout.get(m.path)!;
      const html = join(out, `${name}.html`);
      await writeFile(html, await renderReportHtml(report, { viewerDir }));
      for (const viewport of VIEWPORTS) {
        const page = await browser.newPage({ viewport });
        await page.goto(pathToFileURL(html).href);
        await page.waitForSelector('body[data-state="ready"]', { timeout: 120_000 });
        await page.waitForTimeout(400);
        const size = `${viewport.width}x${viewport.height}`;
        await page.screenshot({ path: join(out, `${name}-${size}.png`) });
        const screen = await checkFirstScreen(browser, page, report);
        const session = await page.context().newCDPSession(page);
        await session.send('Emulation.setEmulatedVisionDeficiency', { type: 'deuteranopia' });
        await page.screenshot({ path: join(out, `${name}-${size}-deuteranopia.png`) });
        await session.send('Emulation.setEmulatedVisionDeficiency', { type: 'none' });
        await session.detach();
        // the top risk's panel, to see the score explained
        await page.click('[data-testid=top-risk] >> nth=0');
        await page.waitForSelector('[data-testid=panel]:not([hidden])');
        await page.waitForTimeout(400);
        await page.screenshot({ path: join(out, `${name}-${size}-top-risk.png`) });
        await page.close();
        failed ||= screen.problems.length > 0;
        console.log(JSON.stringify({ name, modules: report.modules.length, viewport: size, riskiest: screen.riskiest, boxes: screen.boxes, span: screen.span, luminance: screen.luminance, problems: screen.problems }));
      }
      console.log(JSON.stringify({ name, openToInteractiveMs: Math.round(await measureOpenToInteractive(html)) }));
    }
  } finally {
    await browser.close();
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
  console.error(`heatmap-check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
