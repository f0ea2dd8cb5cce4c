/** Fixed-size bitsets over Uint32 words (popcount by the SWAR method, Hacker's Delight §5-1). */
export function bitset(bits: number): Uint32Array {
  return new Uint32Array(Math.ceil(bits / 32));
}

export function setBit(set: Uint32Array, bit: number): void {
  set[bit >>> 5]! |= 1 << (bit & 31);
}

export function orInto(into: Uint32Array, from: Uint32Array): void {
  for (let i = 0; i < into.length; i++) into[i]! |= from[i]!;
}

export function popcount(set: Uint32Array): number {
  let count = 0;
  for (let i = 0; i < set.length; i++) {
    let x = set[i]!;
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    count += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return count;
}
