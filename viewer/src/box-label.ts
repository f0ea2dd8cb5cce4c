/**
 * Font sizes (in layout units) that keep an area's name inside its box. Cytoscape cuts a label
 * that is wider than `text-max-width` with an ellipsis ('text-wrap: ellipsis'), so the width is
 * always safe; these sizes keep it on one line no taller than a fraction of the box, and large
 * enough to be read when the box itself is.
 */

/** Average advance of a bold system-ui glyph, as a share of the font size (measured: 0.58–0.62). */
export const GLYPH_WIDTH = 0.64;
/** The name takes at most this share of a box's width, and this share of its height. */
export const LABEL_WIDTH_SHARE = 0.9;
const LABEL_HEIGHT_SHARE = 0.3;
/** Below this share of the height a full name would be too small: it is cut instead. */
const SMALLEST_FULL_NAME = 0.12;
/** Enough room for this many characters is kept when a name has to be cut. */
const KEPT_CHARACTERS = 8;
const LARGEST = 240;

/** The name of a collapsed area, centred in its box. */
export function boxLabelSize(label: string, width: number, height: number): number {
  const chars = Math.max(1, [...label].length);
  const byHeight = Math.min(LARGEST, height * LABEL_HEIGHT_SHARE);
  const full = (width * LABEL_WIDTH_SHARE) / (GLYPH_WIDTH * chars);
  if (full >= height * SMALLEST_FULL_NAME) return Math.max(0, Math.min(byHeight, full));
  return Math.max(0, Math.min(byHeight, (width * LABEL_WIDTH_SHARE) / (GLYPH_WIDTH * Math.min(chars, KEPT_CHARACTERS))));
}

/** The widest a label of a box may be drawn, in layout units. */
export function boxLabelWidth(width: number): number {
  return Math.max(1, width * LABEL_WIDTH_SHARE);
}
