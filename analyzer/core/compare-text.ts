/**
 * Orders strings by UTF-16 code units, the same on every machine. `localeCompare` follows the
 * machine's locale (LANG), so ties broken with it could order a report differently elsewhere.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
