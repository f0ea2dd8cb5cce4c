import { grouped } from '../../analyzer/report/wording/count.js';

export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : grouped(Math.round(value));
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${Math.round(value * 100)}%`;
}

export function formatScore(value: number): string {
  return value.toFixed(2);
}

export function formatDecimal(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (value === 0) return '0';
  return value < 0.001 ? value.toExponential(1) : value.toPrecision(2);
}

/** ISO date-time to its day, e.g. 2025-06-30. */
export function formatDay(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '–';
}

export function baseName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}
