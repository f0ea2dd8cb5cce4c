/** Parses an ISO date option to unix seconds; null when absent or unreadable. */
export function toUnixSeconds(iso: string | null): number | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : Math.floor(ms / 1000);
}

/** "Now": --now, else HEAD's commit date, else the clock (only when there is no HEAD). */
export function resolveNow(optionNow: string | null, headTime: number | null, clockMs: number): number {
  return toUnixSeconds(optionNow) ?? headTime ?? Math.floor(clockMs / 1000);
}

/** The later of two unix times, either of which may be unknown. */
export function later(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/** The earlier of two unix times, either of which may be unknown. */
export function earlier(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

/** A unix time (seconds) as an ISO string; unknown stays unknown. */
export function isoOf(unixSeconds: number): string;
export function isoOf(unixSeconds: number | null): string | null;
export function isoOf(unixSeconds: number | null): string | null {
  return unixSeconds === null ? null : new Date(unixSeconds * 1000).toISOString();
}
