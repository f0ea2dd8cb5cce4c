/**
 * Font sizes (in layout units) that keep an area's name inside its box. Cytoscape cuts a label
 * that is wider than `text-max-width` with an ellipsis ('text-wrap: ellipsis'), so the width is
 * always safe; these sizes keep it on one line no taller than a fraction of the box, and large
 * enough to be read when the box itself is.
 */

/**
 * The largest an area's name is drawn, in screen pixels (graph-view.ts caps it on every zoom). A
 * name scales with its box so that the map of areas reads when zoomed out; zoomed in on a module
 * inside, the boxes around it would otherwise carry names a fifth of the screen high, cut off by
 * the canvas or the panel.
 */
export const AREA_LABEL_MAX_PX = 32;

/** Average advance of a bold glyph of the viewer's font, as a share of the font size: measured 0.49 on
 * Debian's Chromium ("x-data-grid · 552"); wider here so that a name that fits in theory fits in fact. */
export const GLYPH_WIDTH = 0.58;
/** The name takes at most this share of a box's width, and this share of its height. */
export const LABEL_WIDTH_SHARE = 0.9;
const LABEL_HEIGHT_SHARE = 0.3;
/** Below this share of the height a full name would be too small: it is cut instead. */
const SMALLEST_FULL_NAME = 0.12;
/** Enough room for this many characters is kept when a name has to be cut. */
const KEPT_CHARACTERS = 8;
const LARGEST = 240;
/**
 * On a large map the cap grows to this share of the map's extent: the map fits the screen at a
 * zoom that draws 240 units a few pixels high (mui-x: 6 px at 1280 × 720), and every name with it.
 */
const MAP_SHARE = 0.025;

/** The largest name of a box on a map this wide or tall (layout units). */
export function largestLabel(mapExtent: number): number {
  return Math.max(LARGEST, mapExtent * MAP_SHARE);
}

/** The font size that fits `label` in the box whole, or null when that would be too small to read next to the box. */
function wholeSize(label: string, width: number, height: number, largest: number): number | null {
  const chars = Math.max(1, [...label].length);
  const full = (width * LABEL_WIDTH_SHARE) / (GLYPH_WIDTH * chars);
  return full >= Math.min(width, height) * SMALLEST_FULL_NAME ? Math.min(largest, height * LABEL_HEIGHT_SHARE, full) : null;
}

/** The name of a collapsed area, centred in its box (cut with an ellipsis when even a small font cannot hold it). */
export function boxLabelSize(label: string, width: number, height: number, largest = LARGEST): number {
  const whole = wholeSize(label, width, height, largest);
  if (whole !== null) return Math.max(0, whole);
  const chars = Math.max(1, [...label].length);
  return Math.max(0, Math.min(largest, height * LABEL_HEIGHT_SHARE, (width * LABEL_WIDTH_SHARE) / (GLYPH_WIDTH * Math.min(chars, KEPT_CHARACTERS))));
}

/**
 * A collapsed area's label: "name · 204" when that fits whole, else the name alone (the count is
 * in the panel), and its font size.
 */
export function boxLabel(name: string, count: string | null, width: number, height: number, largest = LARGEST): { label: string; size: number } {
  if (count !== null) {
    const withCount = `${name} · ${count}`;
    const whole = wholeSize(withCount, width, height, largest);
    if (whole !== null) return { label: withCount, size: whole };
  }
  return { label: name, size: boxLabelSize(name, width, height, largest) };
}

/** Ink for a name on a fill: white on the dark end of the scale, dark on the light end (WCAG relative luminance). */
export function labelInk(fill: string): { ink: string; halo: string } {
  const n = Number.parseInt(fill.replace('#', ''), 16);
  if (!/^#[0-9a-f]{6}$/i.test(fill) || !Number.isFinite(n)) return { ink: '#1f2328', halo: '#ffffff' };
  const channel = (c: number) => { const v = c / 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  const lum = 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  // the crossing point where white and near-black text have equal contrast
  return lum < 0.18 ? { ink: '#ffffff', halo: '#3b0011' } : { ink: '#1f2328', halo: '#ffffff' };
}

/** The widest a label of a box may be drawn, in layout units. */
export function boxLabelWidth(width: number): number {
  return Math.max(1, width * LABEL_WIDTH_SHARE);
}
