import type { Random } from './random.js';

const MIN_LINES = 4;
const MAX_LINES = 400;

export function initialSeeds(rng: Random): number[] {
  // lognormal-ish sizes: most files short, a few long
  const lines = Math.min(MAX_LINES, Math.round(8 + Math.exp(2.8 + rng.next() * 1.6)));
  return Array.from({ length: lines }, () => rng.uint32());
}

/** Inserts, deletes and rewrites runs of lines the way day-to-day edits do: mostly a few lines, sometimes dozens. */
export function editSeeds(seeds: number[], rng: Random, ops = rng.geometric(0.55, 4)): void {
  for (let op = 0; op < ops; op++) {
    const size = rng.chance(0.05) ? rng.between(15, 40) : rng.geometric(0.35, 12);
    const at = rng.int(seeds.length);
    const roll = rng.next();
    if (roll < 0.45 && seeds.length + size <= MAX_LINES) {
      seeds.splice(at + 1, 0, ...Array.from({ length: size }, () => rng.uint32()));
    } else if (roll < 0.7 && seeds.length - size >= MIN_LINES) {
      seeds.splice(Math.min(at, seeds.length - size), size);
    } else {
      for (let i = at; i < Math.min(seeds.length, at + size); i++) seeds[i] = rng.uint32();
    }
  }
}
