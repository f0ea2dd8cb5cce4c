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
