/**
 * Line-level AI provenance, a plain step of the history stage (docs/history.md, "Line-level AI
 * provenance"): where the analyzed repository records which lines an AI tool wrote (git-ai notes,
 * Agent Trace records), the share of each file's current lines so written, through `git blame`.
 * Two halves: the records are read beside the history stage; the files are blamed once the
 * history model (HEAD, and each file's former paths) is there. Without records, the first half is
 * one cheap check and the second never runs. Problems in the records are warnings, never failures.
 */
import { availableParallelism } from 'node:os';
import type { AnalyzerEmitter } from '../../core/events.js';
import type { WarningSink } from '../../core/warnings.js';
import type { HistoryAuthorship } from '../model.js';
import { measureLineShares } from './line-share.js';
import { noProvenance, type ProvenanceModel } from './model.js';
import type { ProvenanceGit } from './provenance-git.js';
import { readRecords, type ReadRecordsOptions, type RecordsRead } from './read-records.js';
import type { RecordLimits } from './record-limits.js';
import { realProvenanceGit } from './real-provenance-git.js';

export type { LineShare, LineSource, ProvenanceModel } from './model.js';
export { noProvenance } from './model.js';
export type { RecordsRead } from './read-records.js';
export { realProvenanceGit } from './real-provenance-git.js';

/** Blames run side by side: git does the work, one process per core, and no more than four. */
export const BLAME_CONCURRENCY = Math.max(1, Math.min(4, availableParallelism()));

const why = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/** The records, or null when the repository keeps none; a failure is a warning and no records. */
export async function readProvenanceRecords(git: ProvenanceGit, warnings: WarningSink, options: ReadRecordsOptions = {}): Promise<RecordsRead | null> {
  try {
    return await readRecords(git, options);
  } catch (error) {
    warnings.add('provenance-incomplete', `line-level AI provenance left out: ${why(error)}`);
    return null;
  }
}

export interface MeasureProvenanceInput {
  git: ProvenanceGit;
  records: RecordsRead;
  history: HistoryAuthorship;
  /**
   * which paths could be modules: only such files are blamed, and only records for such paths are
   * kept (it looks at the name alone, so it holds for a path under the analyzed directory and for
   * a recorded root-relative one)
   */
  wanted: (path: string) => boolean;
  maxFileBytes: number;
  emitter: AnalyzerEmitter;
  warnings: WarningSink;
  concurrency?: number;
}

export async function measureProvenance(input: MeasureProvenanceInput): Promise<ProvenanceModel> {
  const { records, history, warnings } = input;
  const model = { ...noProvenance(), gitAi: records.gitAi, agentTrace: records.agentTrace, notesRead: records.notesRead, traceRecordsRead: records.traceRecordsRead };
  if (!history.available || history.head === null) {
    records.problems.flushInto(warnings);
    return model;
  }
  try {
    return await measureLineShares({
      git: input.git,
      records,
      head: history.head,
      files: history.files,
      wanted: input.wanted,
      maxFileBytes: input.maxFileBytes,
      concurrency: input.concurrency ?? BLAME_CONCURRENCY,
      progress: input.emitter.throttled('provenance'),
      warnings,
    });
  } catch (error) {
    warnings.add('provenance-incomplete', `line-level AI provenance left out: ${why(error)}`);
    return model;
  }
}

export interface MineProvenanceInput extends Omit<MeasureProvenanceInput, 'git' | 'records'> {
  repoDir: string;
  /** how git is asked (tests pass canned output) */
  git?: ProvenanceGit;
  limits?: RecordLimits;
}

/** Both halves one after the other, for a caller that already has the history model. */
export async function mineProvenance(input: MineProvenanceInput): Promise<ProvenanceModel> {
  const git = input.git ?? realProvenanceGit(input.repoDir);
  const records = await readProvenanceRecords(git, input.warnings, { keep: input.wanted, ...(input.limits && { limits: input.limits }) });
  if (records === null) return noProvenance();
  return input.emitter.time('provenance', () => measureProvenance({ ...input, git, records }));
}
