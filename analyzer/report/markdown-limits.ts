/** report.md's "What this report could not see": every limit wording/limits.ts finds, with the figures it affects. */
import { md } from './markdown-escape.js';
import type { Lookup } from './markdown-lookup.js';
import { capital } from './wording/capital.js';
import type { Limit } from './wording/limits.js';

const DETAILS_SHOWN = 3;

export function limitsSection(l: Lookup): string[] {
  if (l.limits.length === 0) return [];
  return ['## What this report could not see', '', ...l.limits.map(item)];
}

function item(limit: Limit): string {
  const shown = limit.details.slice(0, DETAILS_SHOWN).map(md);
  if (limit.details.length > DETAILS_SHOWN) shown.push(`and ${limit.details.length - DETAILS_SHOWN} more`);
  const said = shown.length > 0 ? ` ${limit.details.length === 1 ? 'The warning says' : 'The warnings say'}: ${shown.join('; ')}.` : '';
  return `- **${md(capital(limit.headline))}.** ${md(capital(limit.affects))}.${said}`;
}
