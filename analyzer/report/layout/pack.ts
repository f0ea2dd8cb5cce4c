/** A rectangle of laid-out content that can be moved into place once its parent is packed. */
export interface Block {
  key: string;
  width: number;
  height: number;
  place(left: number, top: number): void;
}

export interface DiscItem {
  id: string;
  diameter: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const DISC_GAP = 10;
/** Radius per unit of cumulative node area; measured: from 0.7 up, neighbours keep most of the gap. */
const DISC_DENSITY = 0.7;

/**
 * Modules of one directory on a sunflower spiral, biggest first, so the most depended-on
 * module sits at the centre and nothing overlaps however many modules there are.
 */
export function discBlock(key: string, items: DiscItem[], onPlace: (id: string, x: number, y: number) => void): Block {
  let cumulative = 0;
  let radius = 0;
  const centre = items[0]?.diameter ?? 0;
  const polar = items.map((item, i) => {
    const span = item.diameter + DISC_GAP;
    // The spiral alone packs the first few big nodes too close to the one in the middle.
    const r = i === 0 ? 0 : Math.max(DISC_DENSITY * Math.sqrt(cumulative), (centre + item.diameter) / 2 + DISC_GAP);
    cumulative += span * span;
    radius = Math.max(radius, r + span / 2);
    return { id: item.id, r, angle: i * GOLDEN_ANGLE };
  });
  return {
    key,
    width: 2 * radius,
    height: 2 * radius,
    place(left, top) {
      for (const p of polar) onPlace(p.id, left + radius + p.r * Math.cos(p.angle), top + radius + p.r * Math.sin(p.angle));
    },
  };
}

export interface ShelfPadding {
  side: number;
  /** room above the content, given the size of the padded box (labels grow with the box) */
  top: (boxWidth: number, boxHeight: number) => number;
  gap: number;
}

/**
 * Packs child blocks left to right in rows, in the given order: rows of roughly square total
 * shape, or, with `aspect` (width / height), the row width among the possible breaks whose
 * result comes closest to that shape (for the whole map, which a landscape screen should fill).
 */
export function shelfBlock(key: string, children: Block[], padding: ShelfPadding, aspect?: number): Block {
  const totalArea = children.reduce((sum, c) => sum + (c.width + padding.gap) * (c.height + padding.gap), 0);
  const widest = children.reduce((max, c) => Math.max(max, c.width), 0);
  let rowLimit = Math.max(widest, Math.sqrt(totalArea) * 1.2);
  if (aspect !== undefined && aspect > 0 && children.length > 1) {
    // every row width at which a row could end: the widths of the runs of consecutive blocks
    const candidates = new Set<number>([widest]);
    for (let i = 0; i < children.length && candidates.size < 4096; i++) {
      let run = 0;
      for (let j = i; j < children.length; j++) {
        run += children[j]!.width + (j > i ? padding.gap : 0);
        if (run >= widest) candidates.add(run);
        if (candidates.size >= 4096) break;
      }
    }
    let best = Infinity;
    for (const limit of [...candidates].sort((a, b) => a - b)) {
      const { width, height } = shelve(children, padding.gap, limit);
      const miss = Math.abs(Math.log(width / Math.max(1, height)) - Math.log(aspect));
      if (miss < best - 1e-9) {
        best = miss;
        rowLimit = limit;
      }
    }
  }
  const { slots, width, height } = shelve(children, padding.gap, rowLimit);
  const top = padding.top(width + 2 * padding.side, height + 2 * padding.side);
  return {
    key,
    width: width + 2 * padding.side,
    height: height + top + padding.side,
    place(left, topEdge) {
      for (const s of slots) s.block.place(left + padding.side + s.x, topEdge + top + s.y);
    },
  };
}

function shelve(children: Block[], gap: number, rowLimit: number): { slots: { block: Block; x: number; y: number }[]; width: number; height: number } {
  const slots: { block: Block; x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const block of children) {
    if (x > 0 && x + block.width > rowLimit + 1e-9) {
      y += rowHeight + gap;
      x = 0;
      rowHeight = 0;
    }
    slots.push({ block, x, y });
    x += block.width + gap;
    rowHeight = Math.max(rowHeight, block.height);
    width = Math.max(width, x - gap);
  }
  return { slots, width, height: y + rowHeight };
}
