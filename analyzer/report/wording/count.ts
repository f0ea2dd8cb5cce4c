import { grouped } from '../../core/grouped.js';

/** The one number formatter (core/grouped.ts), for the viewer too, which borrows only report/wording. */
export { grouped };
/**
 * A number and its noun, the noun in the plural unless the number is 1 ("1 edge", "2 edges",
 * "1,208 commits"). Shared by report.md, the terminal and the viewer, so none says "1 edges".
 */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${grouped(n)} ${n === 1 ? noun : plural}`;
}
