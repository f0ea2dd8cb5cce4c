/**
 * ColorBrewer YlOrRd (9 classes): sequential, colour-blind safe, prints in grey as light-to-dark.
 * Light = low, dark red = high, so the eye goes to the risk first on a white page.
 */
export const YL_OR_RD = ['#ffffcc', '#ffeda0', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#bd0026', '#800026'] as const;

/** Drawn for modules with no figure for the metric (e.g. no git history). */
export const NO_DATA_COLOUR = '#c8ccd2';

/** The colour at t in 0..1, interpolated between the scale's stops. */
export function colourAt(t: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const position = clamped * (YL_OR_RD.length - 1);
  const low = Math.floor(position);
  const high = Math.min(YL_OR_RD.length - 1, low + 1);
  const [r1, g1, b1] = rgb(YL_OR_RD[low]!);
  const [r2, g2, b2] = rgb(YL_OR_RD[high]!);
  const f = position - low;
  return hex(r1 + (r2 - r1) * f, g1 + (g2 - g1) * f, b1 + (b2 - b1) * f);
}

/** CSS gradient of the whole scale, for the legend. */
export function scaleGradientCss(): string {
  return `linear-gradient(to right, ${YL_OR_RD.join(', ')})`;
}

function rgb(colour: string): [number, number, number] {
  const n = Number.parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * ColorBrewer RdBu (9 classes), blue for a fall, red for a rise, near-white for no change:
 * diverging and colour-blind safe (ColorBrewer's own rating), for "change since a trend point".
 */
export const RD_BU = ['#2166ac', '#4393c3', '#92c5de', '#d1e5f0', '#f7f7f7', '#fddbc7', '#f4a582', '#d6604d', '#b2182b'] as const;

/** The diverging colour at t in 0..1 (0.5: no change). */
export function divergingAt(t: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0.5));
  const position = clamped * (RD_BU.length - 1);
  const low = Math.floor(position);
  const high = Math.min(RD_BU.length - 1, low + 1);
  const [r1, g1, b1] = rgb(RD_BU[low]!);
  const [r2, g2, b2] = rgb(RD_BU[high]!);
  const f = position - low;
  return hex(r1 + (r2 - r1) * f, g1 + (g2 - g1) * f, b1 + (b2 - b1) * f);
}

export function divergingGradientCss(): string {
  return `linear-gradient(to right, ${RD_BU.join(', ')})`;
}
