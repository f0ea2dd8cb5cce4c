/**
 * One formatter for every figure: `toLocaleString('en-US')` builds a new one on each call. Intl
 * only, so the viewer's shared wording (report/wording/) uses it too.
 */
const EN_US = new Intl.NumberFormat('en-US');

/** A number with its digits grouped as in English text ("1,208"): the same text `n.toLocaleString('en-US')` gives. */
export function grouped(n: number): string {
  // most figures are whole numbers under a thousand, which have no separator to place (-0 has its sign)
  if (Number.isInteger(n) && n > -1000 && n < 1000 && !Object.is(n, -0)) return String(n);
  return EN_US.format(n);
}
