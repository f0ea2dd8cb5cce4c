/**
 * Counts per unordered pair of small integers (a < b), in an open-addressing table on typed
 * arrays: a Map keyed by `a * 2^26 + b` boxes every key above 2^31 as a heap number, and the
 * coupling counter adds a pair for every two files of every commit. Iteration order is the
 * table's, not insertion order: callers sort what they read.
 */
export class PairCounts {
  private first = new Int32Array(0);
  private second = new Int32Array(0);
  private counts = new Int32Array(0);
  private mask = -1;
  size = 0;

  constructor(capacity = 1024) {
    this.allocate(capacity);
  }

  private allocate(capacity: number): void {
    let slots = 1024;
    while (slots < capacity) slots *= 2;
    this.first = new Int32Array(slots).fill(-1);
    this.second = new Int32Array(slots);
    this.counts = new Int32Array(slots);
    this.mask = slots - 1;
    this.size = 0;
  }

  private slot(a: number, b: number): number {
    // a multiplicative mix of both halves, then linear probing
    let i = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & this.mask;
    while (this.first[i] !== -1 && (this.first[i] !== a || this.second[i] !== b)) i = (i + 1) & this.mask;
    return i;
  }

  add(a: number, b: number, by = 1): void {
    let i = this.slot(a, b);
    if (this.first[i] === -1) {
      if ((this.size + 1) * 2 > this.first.length) {
        this.rehash(this.first.length * 2, 0);
        i = this.slot(a, b);
      }
      this.first[i] = a;
      this.second[i] = b;
      this.size++;
    }
    this.counts[i] = (this.counts[i] as number) + by;
  }

  /** Drops every pair counted `floor` times or fewer. */
  dropAtMost(floor: number): void {
    this.rehash(this.first.length, floor);
  }

  private rehash(slots: number, floor: number): void {
    const { first, second, counts } = this;
    this.allocate(slots);
    for (let i = 0; i < first.length; i++) if (first[i] !== -1 && (counts[i] as number) > floor) this.add(first[i] as number, second[i] as number, counts[i] as number);
  }

  *entries(): IterableIterator<[a: number, b: number, count: number]> {
    for (let i = 0; i < this.first.length; i++) if (this.first[i] !== -1) yield [this.first[i] as number, this.second[i] as number, this.counts[i] as number];
  }
}
