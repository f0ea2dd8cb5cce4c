import { metricById, type MetricId } from './colour-metrics.js';
import type { Target } from './element-ids.js';

export interface HashState {
  target: Target | null;
  metric: MetricId | null;
}

/** `#module=<path>&metric=churn`: a link to one node for review documents. */
export function formatHash(state: HashState): string {
  const parts: string[] = [];
  if (state.target) parts.push(`${state.target.kind}=${encodeURIComponent(state.target.path)}`);
  if (state.metric && state.metric !== 'risk') parts.push(`metric=${state.metric}`);
  return parts.length === 0 ? '' : `#${parts.join('&')}`;
}

export function parseHash(hash: string): HashState {
  const state: HashState = { target: null, metric: null };
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq);
    let value: string;
    try {
      value = decodeURIComponent(part.slice(eq + 1));
    } catch {
      continue;
    }
    if ((key === 'module' || key === 'area') && value !== '') state.target = { kind: key, path: value };
    if (key === 'metric' && metricById(value)) state.metric = value as MetricId;
  }
  return state;
}
