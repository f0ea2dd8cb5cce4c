/**
 * Bus factor of a set of files: the truck-factor greedy of Avelino et al. (ICPC 2016) over them,
 * fed with active authors only, so departed people already count as gone.
 */
import { truckFactor } from '../history/truck-factor.js';

export function busFactorOf(files: readonly (readonly string[])[]): { busFactor: number; removed: string[] } {
  const tf = truckFactor(files);
  return { busFactor: tf.value ?? 0, removed: tf.removed };
}
