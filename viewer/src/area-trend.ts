/**
 * The per-area trend (report.trend[].areas, written by `analyze --trend` at the last point of each
 * calendar quarter; docs/history.md "Over time"): an area's risk mass and its active authors'
 * share at each such point, for the panel's sparkline, and "change since a point" for the map.
 * Pure: report in, figures out (tested in Node).
 */
import type { Report } from '../../analyzer/report/schema/index.js';

type TrendPoint = NonNullable<Report['trend']>[number];
type Figures = NonNullable<TrendPoint['areas']>;

/** An area's figures at a point: its own entry only (a folder may be named `constructor`). */
const figureOf = (areas: Figures | undefined, path: string): Figures[string] | undefined => (areas !== undefined && Object.hasOwn(areas, path) ? areas[path] : undefined);

/** A trend point that carries per-area figures, with its place in report.trend. */
export interface AreaPoint {
  index: number;
  date: string;
}

/** The points with per-area figures, oldest first. */
export function areaPoints(trend: readonly TrendPoint[] | undefined): AreaPoint[] {
  return (trend ?? []).flatMap((p, index) => (p.areas === undefined ? [] : [{ index, date: p.date.slice(0, 10) }]));
}

export interface AreaSeries {
  dates: string[];
  /** risk mass at each point; null where the area was not recorded (absent, or under 1 % of the modules) */
  risk: (number | null)[];
  /** active authors' share, 0..1; null where unknown */
  activeShare: (number | null)[];
}

/** One area's figures at every point that has per-area figures; null when no point has any for it. */
export function areaSeries(trend: readonly TrendPoint[] | undefined, path: string): AreaSeries | null {
  const points = areaPoints(trend);
  const figures = points.map((p) => figureOf((trend as readonly TrendPoint[])[p.index]?.areas, path));
  if (!figures.some((f) => f !== undefined)) return null;
  return { dates: points.map((p) => p.date), risk: figures.map((f) => f?.risk ?? null), activeShare: figures.map((f) => f?.activeShare ?? null) };
}

/**
 * Each area's risk mass at the last point with per-area figures minus its mass at point `since`
 * (an index into report.trend); null for an area not recorded at both. Empty when `since` has no
 * per-area figures or is the last such point.
 */
export function riskChanges(trend: readonly TrendPoint[] | undefined, since: number): Map<string, number | null> {
  const changes = new Map<string, number | null>();
  const points = areaPoints(trend);
  const last = points.at(-1);
  const then = trend?.[since]?.areas;
  if (last === undefined || then === undefined || last.index === since) return changes;
  const now = (trend as readonly TrendPoint[])[last.index]?.areas ?? {};
  for (const [path, figure] of Object.entries(now)) {
    const before = figureOf(then, path)?.risk;
    changes.set(path, figure.risk === null || before === undefined || before === null ? null : Math.round((figure.risk - before) * 10_000) / 10_000);
  }
  return changes;
}

/**
 * An SVG path through `values` in a `width` × `height` box, x evenly spaced, y from `domain` (low
 * at the bottom); a null value breaks the line. Empty when nothing is known.
 */
export function sparkPath(values: readonly (number | null)[], width: number, height: number, domain: [number, number]): string {
  const [lo, hi] = domain;
  const span = hi - lo;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const parts: string[] = [];
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      drawing = false;
      return;
    }
    const x = values.length > 1 ? i * step : width / 2;
    const y = span > 0 ? height - ((Math.min(hi, Math.max(lo, v)) - lo) / span) * height : height / 2;
    parts.push(`${drawing ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`);
    drawing = true;
  });
  return parts.join(' ');
}

/** 0..the largest value (at least `floor`), the sparkline's risk axis. */
export function riskDomain(values: readonly (number | null)[], floor = 0.01): [number, number] {
  let max = floor;
  for (const v of values) if (v !== null && v > max) max = v;
  return [0, max];
}

const mass = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(2));
const share = (v: number | null): string => (v === null ? 'n/a' : `${Math.round(v * 100)} %`);

/** The sparkline in words: each figure at the first and the last point. */
export function areaSeriesText(series: AreaSeries): string {
  const last = series.dates.length - 1;
  return `${series.dates[0]} to ${series.dates[last]} (quarter ends): risk mass ${mass(series.risk[0] ?? null)} → ${mass(series.risk[last] ?? null)}, active authors' share ${share(series.activeShare[0] ?? null)} → ${share(series.activeShare[last] ?? null)}`;
}

/** The point "change since" measures from, while the page shows one report. */
let current: { trend: readonly TrendPoint[] | undefined; since: number; changes: Map<string, number | null> } | null = null;

/** Picks the point the map's "change since" colouring measures from; false when the report has no two points with per-area figures. */
export function useTrendPoint(trend: readonly TrendPoint[] | undefined, since: number): boolean {
  if (areaPoints(trend).length < 2) {
    current = null;
    return false;
  }
  current = { trend, since, changes: riskChanges(trend, since) };
  return true;
}

export function trendSince(): AreaPoint | null {
  if (current === null) return null;
  const point = current.trend?.[current.since];
  return point === undefined ? null : { index: current.since, date: point.date.slice(0, 10) };
}

/** The point the change runs to: the last with per-area figures (the trend's last point, not necessarily HEAD). */
export function trendUntil(): AreaPoint | null {
  return current === null ? null : (areaPoints(current.trend).at(-1) ?? null);
}

export function riskChangeOf(path: string): number | null {
  return current?.changes.get(path) ?? null;
}
