import type { Browser, Page } from 'playwright-core';
import type { Report, ReportModule } from '../../../analyzer/report/schema/index.js';

/** What `window.blastmapInspect()` returns for each drawn area (viewer/src/graph-view.ts). */
export interface AreaOnScreen {
  path: string;
  label: string;
  colour: string;
  collapsed: boolean;
  heat: boolean;
  box: Rect;
  labelBox: Rect;
  labelShown: boolean;
  /** the name's size on screen, in CSS pixels */
  fontPx: number;
}

interface Rect { x1: number; y1: number; x2: number; y2: number }

/** Chromium's emulated colour-vision deficiencies (DevTools protocol, Emulation.setEmulatedVisionDeficiency). */
export const VISION_DEFICIENCIES = ['none', 'protanopia', 'deuteranopia', 'tritanopia', 'achromatopsia'] as const;
export type VisionDeficiency = typeof VISION_DEFICIENCIES[number];

export interface FirstScreen {
  /** the drawn area holding the most risk, by the definition in docs/viewer.md, computed here */
  riskiest: { path: string; mass: number; label: string };
  boxes: number;
  /** relative luminance of each filled area as captured on screen, per simulated vision */
  luminance: Record<VisionDeficiency, { riskiest: number; darkestOther: number | null }>;
  /** how much of the canvas the map spans */
  span: { width: number; height: number };
  problems: string[];
}

/**
 * Risk mass, written out from its definition rather than taken from the viewer: the sum of the
 * scores of an area's modules (sub-areas included) rated medium or above, or among the
 * repository's riskiest tenth.
 */
export function riskMasses(report: Report, paths: readonly string[]): Map<string, number> {
  const scored = report.modules.filter((m) => m.risk.score !== null).map((m) => m.risk.score!).sort((a, b) => b - a);
  const tenth = scored[Math.max(1, Math.ceil(scored.length / 10)) - 1] ?? Infinity;
  const counts = (m: ReportModule) => m.risk.score !== null && m.risk.score > 0
    && (m.risk.score >= tenth || m.risk.level === 'medium' || m.risk.level === 'high' || m.risk.level === 'critical');
  const out = new Map<string, number>();
  for (const path of paths) {
    const inside = (m: ReportModule) => path === '.' || m.path.startsWith(`${path}/`);
    out.set(path, report.modules.filter((m) => inside(m) && counts(m)).reduce((s, m) => s + m.risk.score!, 0));
  }
  return out;
}

/**
 * The first-screen checks of issue #16 on an opened report page: the area holding the most risk
 * is the darkest filled box, and stays darkest under each simulated colour-vision deficiency
 * (measured on screenshots, not on the colours asked for); it is labelled; no area's name runs
 * out of its box; the map fills the canvas without spilling over it.
 */
export async function checkFirstScreen(browser: Browser, page: Page, report: Report): Promise<FirstScreen> {
  const problems: string[] = [];
  const areas = await page.evaluate('window.blastmapInspect()') as AreaOnScreen[];
  const graph = (await page.locator('[data-testid=graph]').boundingBox())!;
  const filled = areas.filter((a) => a.heat);
  const masses = riskMasses(report, filled.map((a) => a.path));
  const ranked = [...filled].sort((a, b) => masses.get(b.path)! - masses.get(a.path)! || (a.path < b.path ? -1 : 1));
  const top = ranked[0];
  if (!top) throw new Error('no area is drawn as a filled box');
  const topMass = masses.get(top.path)!;

  for (const a of areas) {
    if (!a.labelShown) continue;
    const slack = 1.5;
    const inX = a.labelBox.x1 >= a.box.x1 - slack && a.labelBox.x2 <= a.box.x2 + slack;
    // a collapsed area's name sits inside its box; an open one's sits on top of its box
    const inY = a.collapsed ? a.labelBox.y1 >= a.box.y1 - slack && a.labelBox.y2 <= a.box.y2 + slack : a.labelBox.y2 <= a.box.y1 + slack + 4;
    if (!inX || !inY) problems.push(`the name of ${a.path} (${JSON.stringify(a.label)}) runs out of its box: label ${rect(a.labelBox)}, box ${rect(a.box)}`);
  }
  if (!top.labelShown) problems.push(`the riskiest area ${top.path} is drawn without its name`);
  const visible = (r: Rect) => r.x2 > 0 && r.y2 > 0 && r.x1 < graph.width && r.y1 < graph.height;
  if (!visible(top.box)) problems.push(`the riskiest area ${top.path} is off screen: ${rect(top.box)}`);

  const all = areas.reduce((u, a) => ({ x1: Math.min(u.x1, a.box.x1, a.labelShown ? a.labelBox.x1 : Infinity), y1: Math.min(u.y1, a.box.y1, a.labelShown ? a.labelBox.y1 : Infinity), x2: Math.max(u.x2, a.box.x2), y2: Math.max(u.y2, a.box.y2) }), { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity });
  const span = { width: (all.x2 - all.x1) / graph.width, height: (all.y2 - all.y1) / graph.height };
  // the viewer fits with 30 px of margin on every side: the most a map can span is the rest
  const reach = Math.max(span.width / ((graph.width - 60) / graph.width), span.height / ((graph.height - 60) / graph.height));
  if (reach < 0.9) problems.push(`the map spans only ${pct(span.width)} of the canvas width and ${pct(span.height)} of its height`);
  if (all.x1 < -2 || all.y1 < -2 || all.x2 > graph.width + 2 || all.y2 > graph.height + 2) problems.push(`the map spills over the canvas: ${rect(all)} in ${graph.width}×${graph.height}`);

  const luminance = {} as FirstScreen['luminance'];
  const session = await page.context().newCDPSession(page);
  try {
    for (const deficiency of VISION_DEFICIENCIES) {
      await session.send('Emulation.setEmulatedVisionDeficiency', { type: deficiency === 'none' ? 'none' : deficiency });
      const shot = await page.screenshot({ clip: { x: graph.x, y: graph.y, width: graph.width, height: graph.height } });
      const lum = await boxLuminance(browser, shot, filled.map((a) => a.box));
      const topLum = lum[filled.indexOf(top)]!;
      // areas holding clearly less (under 80 % of its mass) must be clearly lighter
      const others = filled.map((a, i) => ({ a, l: lum[i]! })).filter(({ a }) => a !== top && masses.get(a.path)! < 0.8 * topMass);
      const darkestOther = others.length > 0 ? Math.min(...others.map((o) => o.l)) : null;
      luminance[deficiency] = { riskiest: topLum, darkestOther };
      for (const o of others) {
        if (o.l - topLum < 0.03) problems.push(`${deficiency}: ${o.a.path} (mass ${o.a.path && masses.get(o.a.path)!.toFixed(2)}) looks as dark as the riskiest ${top.path} (mass ${topMass.toFixed(2)}): luminance ${o.l.toFixed(3)} against ${topLum.toFixed(3)}`);
      }
    }
  } finally {
    await session.send('Emulation.setEmulatedVisionDeficiency', { type: 'none' });
    await session.detach();
  }
  return { riskiest: { path: top.path, mass: topMass, label: top.label }, boxes: filled.length, luminance, span, problems };
}

/**
 * The median relative luminance (WCAG 2) of a 7 × 7 grid of points inside each box of a screenshot,
 * read back through a canvas in a blank page. The median skips the name, borders and links.
 */
async function boxLuminance(browser: Browser, png: Buffer, boxes: readonly Rect[]): Promise<number[]> {
  const page = await browser.newPage();
  try {
    // a string, evaluated in the page: the test project compiles without the DOM's types
    return await page.evaluate(`(${MEDIAN_LUMINANCE})(${JSON.stringify(png.toString('base64'))}, ${JSON.stringify(boxes)})`) as number[];
  } finally {
    await page.close();
  }
}

function rect(r: Rect): string {
  return `(${Math.round(r.x1)},${Math.round(r.y1)})–(${Math.round(r.x2)},${Math.round(r.y2)})`;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Runs in the page: decodes the PNG through a canvas and samples each box. */
const MEDIAN_LUMINANCE = `async (data, boxes) => {
  const image = new Image();
  image.src = 'data:image/png;base64,' + data;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  const channel = (c) => { const s = c / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  return boxes.map((b) => {
    const samples = [];
    for (let i = 1; i <= 7; i++) {
      for (let j = 1; j <= 7; j++) {
        const x = Math.round(b.x1 + ((b.x2 - b.x1) * i) / 8);
        const y = Math.round(b.y1 + ((b.y2 - b.y1) * j) / 8);
        if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) continue;
        const k = (y * canvas.width + x) * 4;
        samples.push(0.2126 * channel(pixels[k]) + 0.7152 * channel(pixels[k + 1]) + 0.0722 * channel(pixels[k + 2]));
      }
    }
    samples.sort((p, q) => p - q);
    return samples.length > 0 ? samples[samples.length >> 1] : 1;
  });
}`;
