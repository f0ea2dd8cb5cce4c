/** Figures in words for explanations: percentages as "41 %", ages in days, months or years. */
import { daysBetween } from './churn.js';
import { grouped } from '../core/grouped.js';

export function pct(share: number): string {
  if (!Number.isFinite(share) || share <= 0) return '0 %';
  if (share < 0.005) return '<1 %';
  return `${Math.round(share * 100)} %`;
}

export function ago(date: string | null, now: string | null): string | null {
  if (date === null || now === null) return null;
  const days = daysBetween(date, now);
  if (days === null) return null;
  if (days < 1) return 'today';
  if (days < 45) return plural(Math.round(days), 'day') + ' ago';
  const months = Math.round(days / 30.44);
  if (months < 24) return plural(months, 'month') + ' ago';
  return plural(Math.round(days / 365.25), 'year') + ' ago';
}

/** "1 commit", "7,475 file changes": grouped as report/wording/count.ts groups them, so the panel's figures and its sentences agree. */
export function plural(n: number, word: string): string {
  return `${grouped(n)} ${word}${n === 1 ? '' : 's'}`;
}

export function sentence(parts: readonly string[]): string {
  const text = parts.filter((p) => p.length > 0).join('; ');
  return text.length === 0 ? '' : text[0]!.toUpperCase() + text.slice(1) + '.';
}

/** Up to `max` distinct names (several identities may carry one name), then "and N more". */
export function names(list: readonly string[], max = 3): string {
  const unique = [...new Set(list)];
  const shown = unique.slice(0, max);
  const rest = unique.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
