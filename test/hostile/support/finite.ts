/** Paths (`modules.3.graph.pagerank`) of every number in `value` that is NaN or infinite. */
export function nonFiniteNumbers(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => nonFiniteNumbers(inner, path === '' ? key : `${path}.${key}`));
}
