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
