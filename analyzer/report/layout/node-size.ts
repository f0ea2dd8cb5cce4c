/** Smallest and largest module diameter, in layout units (CSS pixels at zoom 1). */
const MIN_MODULE_DIAMETER = 16;
const MAX_MODULE_DIAMETER = 60;

/**
 * A module's diameter grows with the square root of its blast radius so that area, not width,
 * tracks the number of dependents. Shared by the layout (to leave room) and the viewer (to draw).
 */
export function moduleDiameter(blastRadius: number, maxBlastRadius: number): number {
  if (maxBlastRadius <= 0 || blastRadius <= 0) return MIN_MODULE_DIAMETER;
  const share = Math.min(1, blastRadius / maxBlastRadius);
  return MIN_MODULE_DIAMETER + (MAX_MODULE_DIAMETER - MIN_MODULE_DIAMETER) * Math.sqrt(share);
}

/**
 * Font size of an open area's label, which sits above its box: bigger boxes get bigger labels so
 * that the names of large areas stay readable when zoomed out. The layout reserves the room.
 */
export function areaLabelSize(boxWidth: number, boxHeight: number): number {
  return Math.max(14, Math.min(160, Math.min(boxWidth, boxHeight) / 22));
}

/** Vertical room a label of that size takes above its box. */
export function areaLabelRoom(boxWidth: number, boxHeight: number): number {
  return Math.ceil(areaLabelSize(boxWidth, boxHeight) * 1.4);
}
