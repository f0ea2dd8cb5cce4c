/**
 * "Change since baseline": each module's risk score minus its score in the baseline report, from
 * report.sinceBaseline (written by `analyze --baseline`; docs/diff.md). scoreChanges lists every
 * module whose score differs; a module not listed kept its score (0). A module new since the
 * baseline rises by its whole score; one without a score now has no figure (null).
 */
import type { Report } from '../../analyzer/report/schema/index.js';

export function scoreDeltas(report: Report): Map<string, number | null> | null {
  const since = report.sinceBaseline;
  if (since === undefined) return null;
  const deltas = new Map<string, number | null>();
  for (const m of report.modules) deltas.set(m.path, m.risk.score === null ? null : 0);
  for (const c of since.modules.scoreChanges) {
    if (!deltas.has(c.path)) continue;
    deltas.set(c.path, c.now === null ? null : c.now - (c.then ?? 0));
  }
  return deltas;
}

/** The area's figure: its members' largest rise (null when none of them has a figure). */
export function largestDelta(values: Iterable<number | null>): number | null {
  let max: number | null = null;
  for (const v of values) if (v !== null && (max === null || v > max)) max = v;
  return max;
}

/** The deltas of the report on the page: the viewer shows one report, set once when it loads. */
let current: Map<string, number | null> | null = null;

export function useBaseline(report: Report): boolean {
  current = scoreDeltas(report);
  return current !== null;
}

export function scoreDeltaOf(path: string): number | null {
  return current?.get(path) ?? null;
}

/** "+0.21", "−0.05", "0.00". */
export function formatDelta(value: number): string {
  const text = Math.abs(value).toFixed(2);
  return text === '0.00' ? text : `${value > 0 ? '+' : '−'}${text}`;
}
