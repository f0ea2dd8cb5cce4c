/**
 * Hubs: the modules much of the product depends on. report.md ranks modules by blast radius when
 * it has no history, and the walk-through names each area's "key modules" by their reach; the score
 * counts exposure over source modules only, a barrel's by the users of symbols defined in it
 * (docs/scoring.md, "Barrels"). A hub is a source module that reaches at least HUB_SHARE of the
 * source modules, and at least HUB_MIN_DEPENDENTS of them, by that count.
 */
import type { Report, ReportModule } from '../schema/index.js';
import type { HubEntry } from '../schema/comparison.js';
import { compareText } from '../../core/compare-text.js';

export const HUB_SHARE = 0.1;
export const HUB_MIN_DEPENDENTS = 2;

export const HUB_RULE = `a source module that at least ${HUB_SHARE * 100} % of the source modules (and at least ${HUB_MIN_DEPENDENTS}) depend on, directly or through other modules (a barrel: those using symbols defined in it)`;

/** The dependents the score counts for a module's exposure. */
export function exposureDependents(m: ReportModule): number {
  return m.graph.barrel ? m.graph.symbolBlastRadius : m.graph.blastRadius;
}

/** The fewest dependents a hub has in a report with this many source modules. */
export function hubThreshold(sourceModules: number): number {
  return Math.max(HUB_MIN_DEPENDENTS, Math.ceil(HUB_SHARE * sourceModules));
}

/** The report's hubs: each source module the rule makes one, with its dependents. */
export function hubsOf(report: Report): Map<string, number> {
  const sources = report.modules.filter((m) => m.kind === 'source');
  const least = hubThreshold(sources.length);
  const hubs = new Map<string, number>();
  for (const m of sources) {
    const n = exposureDependents(m);
    if (n >= least) hubs.set(m.path, n);
  }
  return hubs;
}

/** Hubs of the new report that were not hubs in the old one, and the other way round. */
export function compareHubs(old: Report, now: Report, oldIndex: Map<string, ReportModule>, newIndex: Map<string, ReportModule>): { appeared: HubEntry[]; vanished: HubEntry[] } {
  const then = hubsOf(old);
  const current = hubsOf(now);
  const dependents = (index: Map<string, ReportModule>, path: string) => {
    const m = index.get(path);
    return m === undefined ? null : exposureDependents(m);
  };
  // the widest reach first: the new hub most of the product now depends on, the former hub that had most
  const appeared = [...current.keys()].filter((p) => !then.has(p))
    .map((path) => ({ path, dependentsThen: dependents(oldIndex, path), dependentsNow: current.get(path) as number }))
    .sort((a, b) => b.dependentsNow - a.dependentsNow || compareText(a.path, b.path));
  const vanished = [...then.keys()].filter((p) => !current.has(p))
    .map((path) => ({ path, dependentsThen: then.get(path) as number, dependentsNow: dependents(newIndex, path) }))
    .sort((a, b) => b.dependentsThen - a.dependentsThen || compareText(a.path, b.path));
  return { appeared, vanished };
}
