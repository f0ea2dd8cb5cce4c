/**
 * The first half of the step: the one cheap check, then (only when the repository keeps records)
 * the records themselves. Independent of the history model, so it runs beside the history stage.
 */
import { ProblemTally } from './problems.js';
import { DEFAULT_RECORD_LIMITS, type RecordLimits } from './record-limits.js';
import type { ProvenanceGit, RepoLayout } from './provenance-git.js';
import { readNotes } from './read-notes.js';
import { readTraces } from './read-traces.js';
import { RecordedLines } from './recorded-lines.js';

export interface RecordsRead {
  layout: RepoLayout;
  recorded: RecordedLines;
  gitAi: boolean;
  agentTrace: boolean;
  notesRead: number;
  traceRecordsRead: number;
  problems: ProblemTally;
  /** why some records were left unread */
  incomplete: string[];
}

export interface ReadRecordsOptions {
  /** which recorded paths are kept: those that could name a module (now, or under a former name) */
  keep?: (path: string) => boolean;
  limits?: RecordLimits;
}

/**
 * null when the repository records nothing: no refs/notes/ai or refs/notes/ai-s/*, and no
 * .agent-trace/traces.jsonl at HEAD. That check is two small git calls side by side, and nothing
 * else runs without records.
 */
export async function readRecords(git: ProvenanceGit, options: ReadRecordsOptions = {}): Promise<RecordsRead | null> {
  const limits = options.limits ?? DEFAULT_RECORD_LIMITS;
  const keep = options.keep ?? ((): boolean => true);
  const { noteRefs, traceFile } = await git.detect();
  if (noteRefs.length === 0 && traceFile === null) return null;
  const recorded = new RecordedLines();
  const problems = new ProblemTally();
  const traceProblems = new ProblemTally();
  const [layout, notes, traces] = await Promise.all([
    git.layout(),
    noteRefs.length > 0 ? readNotes(git, noteRefs, recorded, problems, limits, keep) : null,
    traceFile !== null ? readTraces(git, traceFile, recorded, traceProblems, limits, keep) : null,
  ]);
  problems.absorb(traceProblems);
  return {
    layout,
    recorded,
    gitAi: noteRefs.length > 0,
    agentTrace: traceFile !== null,
    notesRead: notes?.notes ?? 0,
    traceRecordsRead: traces?.records ?? 0,
    problems,
    incomplete: [notes?.incomplete, traces?.incomplete].filter((reason): reason is string => typeof reason === 'string'),
  };
}
