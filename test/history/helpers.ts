import { AnalyzerEmitter } from '../../analyzer/core/events.js';
import { DEFAULT_OPTIONS, type AnalyzeOptions } from '../../analyzer/core/options.js';
import { WarningSink } from '../../analyzer/core/warnings.js';
import { mineHistory } from '../../analyzer/history/index.js';
import { authorId } from '../../analyzer/history/identity.js';
import type { HistoryModel } from '../../analyzer/history/model.js';

export async function mine(repoDir: string, options: Partial<AnalyzeOptions> = {}): Promise<{ model: HistoryModel; warnings: WarningSink; progress: number[] }> {
  const warnings = new WarningSink();
  const emitter = new AnalyzerEmitter();
  const progress: number[] = [];
  emitter.on('progress', (event) => progress.push(event.done));
  const model = await mineHistory({ repoDir, options: { ...DEFAULT_OPTIONS, ...options }, emitter, warnings });
  return { model, warnings, progress };
}

/** The id a human gets: a hash of the lowercased email after .mailmap. */
export const idOf = (email: string): string => authorId(email.toLowerCase());

/** DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC), written out again for the tests. */
export const doa = (fa: 0 | 1, dl: number, ac: number): number => 3.293 + 1.098 * fa + 0.164 * dl - 0.321 * Math.log(1 + ac);
