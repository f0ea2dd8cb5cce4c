/**
 * Line ranges as the records give them, and the lines an AI tool wrote once every record for one
 * file in one commit is laid over the others (a later record covering a line decides it).
 * Ranges are never expanded into lines: a hostile `1-4000000000` costs what `1-2` costs.
 */

/** Inclusive, 1-based: [first line, last line]. */
export type LineRange = readonly [number, number];

/** git-ai writes line numbers as u32. */
const MAX_LINE = 0xffff_ffff;

/**
 * git-ai's range list (`1-4,9-10,12`): singles and inclusive start-end pairs, comma-separated, no
 * spaces. Empty parts are skipped as git-ai's own parser skips them; a number that is not a
 * positive u32, or a range that ends before it starts, makes the whole list unreadable.
 */
export function parseRangeList(text: string): LineRange[] | string {
  const ranges: LineRange[] = [];
  for (const part of text.split(',')) {
    if (part === '') continue;
    const match = /^(\d{1,10})(?:-(\d{1,10}))?$/.exec(part);
    if (!match) return `line range "${clip(part)}" is not a number or a start-end pair`;
    const start = Number(match[1]);
    const end = match[2] === undefined ? start : Number(match[2]);
    if (start < 1 || end > MAX_LINE) return `line range "${clip(part)}" is outside 1..${MAX_LINE}`;
    if (end < start) return `line range "${clip(part)}" ends before it starts`;
    ranges.push([start, end]);
  }
  return ranges;
}

export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** One record's say over some lines: written by an AI tool, or not (a human, mixed, unknown). */
export interface Layer {
  ai: boolean;
  ranges: readonly LineRange[];
}

/** The lines an AI tool wrote, as sorted disjoint ranges, asked line by line. */
export class AiLines {
  private constructor(private readonly starts: Float64Array, private readonly ends: Float64Array) {}

  static readonly none = new AiLines(new Float64Array(0), new Float64Array(0));

  /**
   * Lays the layers over each other in order, the later deciding where they overlap: a sweep over
   * the range ends with a max-heap of the layers covering the current stretch, O(R log R) in the
   * number of ranges whatever they hold.
   */
  static paint(layers: readonly Layer[]): AiLines {
    const events: [at: number, layer: number, delta: 1 | -1][] = [];
    layers.forEach((layer, index) => {
      for (const [start, end] of layer.ranges) events.push([start, index, 1], [end + 1, index, -1]);
    });
    if (events.length === 0) return AiLines.none;
    events.sort((a, b) => a[0] - b[0]);
    const covering = new Map<number, number>();
    const heap = new MaxHeap();
    const starts: number[] = [];
    const ends: number[] = [];
    let i = 0;
    while (i < events.length) {
      const at = (events[i] as (typeof events)[number])[0];
      for (; i < events.length && (events[i] as (typeof events)[number])[0] === at; i++) {
        const [, layer, delta] = events[i] as (typeof events)[number];
        const count = (covering.get(layer) ?? 0) + delta;
        covering.set(layer, count);
        if (delta === 1 && count === 1) heap.push(layer);
      }
      while (heap.size > 0 && (covering.get(heap.top) ?? 0) === 0) heap.pop();
      if (i === events.length) break;
      const next = (events[i] as (typeof events)[number])[0];
      const ai = heap.size > 0 && (layers[heap.top] as Layer).ai;
      if (!ai) continue;
      if (ends.length > 0 && ends[ends.length - 1] === at - 1) ends[ends.length - 1] = next - 1;
      else {
        starts.push(at);
        ends.push(next - 1);
      }
    }
    return new AiLines(Float64Array.from(starts), Float64Array.from(ends));
  }

  has(line: number): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) > line) hi = mid - 1;
      else if ((this.ends[mid] as number) < line) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** the ranges, for tests and messages */
  ranges(): LineRange[] {
    return Array.from(this.starts, (start, k) => [start, this.ends[k] as number] as const);
  }
}

/** The layer indices covering the current stretch; the top is the latest. */
class MaxHeap {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  get top(): number {
    return this.items[0] as number;
  }

  push(value: number): void {
    const items = this.items;
    items.push(value);
    let k = items.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if ((items[parent] as number) >= value) break;
      items[k] = items[parent] as number;
      k = parent;
    }
    items[k] = value;
  }

  pop(): void {
    const items = this.items;
    const last = items.pop() as number;
    if (items.length === 0) return;
    let k = 0;
    for (;;) {
      const left = 2 * k + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && (items[right] as number) > (items[left] as number) ? right : left;
      if ((items[child] as number) <= last) break;
      items[k] = items[child] as number;
      k = child;
    }
    items[k] = last;
  }
}
