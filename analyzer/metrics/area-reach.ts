/**
 * Area blast radius: distinct source modules outside the area that reach a module inside it
 * through one or more import edges. The area's set is the union of its members' dependent sets
 * (built bottom-up over the directory tree); its own source members are always in that union,
 * so subtracting their count leaves exactly the outsiders.
 */
import { bitset, orInto, popcount } from './bitset.js';
import { chainOfPath, type AreaIndex } from './area-tree.js';
import type { Reach } from './reach.js';

export interface AreaReach {
  blastRadius: number;
  /** source modules outside the area importing something inside it directly */
  directDependents: number;
}

export function areaReach(
  areas: AreaIndex,
  paths: readonly string[],
  out: readonly (readonly number[])[],
  reach: Reach,
): Map<string, AreaReach> {
  const result = new Map<string, AreaReach>();
  const walk = (area: string): { set: Uint32Array; inside: number } => {
    const set = bitset(reach.universe);
    let inside = 0;
    for (const m of areas.direct.get(area) ?? []) {
      orInto(set, reach.dependents[reach.components.of[m]!]!);
      if (reach.bit[m]! >= 0) inside++;
    }
    for (const child of areas.children.get(area) ?? []) {
      const sub = walk(child);
      orInto(set, sub.set);
      inside += sub.inside;
    }
    result.set(area, { blastRadius: popcount(set) - inside, directDependents: 0 });
    return { set, inside };
  };
  walk('.');
  countDirect(paths, out, reach, result);
  return result;
}

function countDirect(
  paths: readonly string[],
  out: readonly (readonly number[])[],
  reach: Reach,
  result: Map<string, AreaReach>,
): void {
  const lastSeen = new Map<string, number>();
  const chainOf = chainOfPath();
  paths.forEach((path, u) => {
    if (reach.bit[u]! < 0) return;
    const own = new Set(chainOf(path));
    for (const t of out[u]!) {
      for (const area of chainOf(paths[t]!)) {
        if (own.has(area)) break;
        if (lastSeen.get(area) === u) continue;
        lastSeen.set(area, u);
        result.get(area)!.directDependents++;
      }
    }
  });
}
