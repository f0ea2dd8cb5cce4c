import { createHash } from 'node:crypto';
import type { AnalyzeOptions } from '../core/options.js';

const hex = (text: string, length: number): string => createHash('sha256').update(text).digest('hex').slice(0, length);

/** One folder per analyzed directory (its real path): the same clone elsewhere is another entry. */
export function repoKey(realRoot: string): string {
  return hex(realRoot, 24);
}

/**
 * The options that change what the history stage accumulates. A different `--since` window is a
 * different entry; "now" and activityDays are applied at finalize, so they are not part of it.
 */
export function historyOptionsKey(options: AnalyzeOptions): string {
  const { since, aiMarkers, botPatterns, coupling } = options;
  return hex(JSON.stringify({ since, aiMarkers, botPatterns, coupling }), 16);
}
