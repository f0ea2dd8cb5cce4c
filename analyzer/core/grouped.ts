/**
 * One formatter for every figure: `toLocaleString('en-US')` builds a new one on each call. Intl
 * only, so the viewer's shared wording (report/wording/) uses it too.
 */
const EN_US = new Intl.NumberFormat('en-US');

/** A number with its digits grouped as in English text ("1,208"): the same text `n.toLocaleString('en-US')` gives. */
export function grouped(n: number): string {
  return EN_US.format(n);
}
