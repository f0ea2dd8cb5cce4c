import { EventEmitter } from 'node:events';

/** What a run took over from earlier runs (analyzer/incremental), so a caller (a test, the CLI) can tell a warm run from a cold one. */
export type CacheEvent =
  | { stage: 'graph'; read: number; parsed: number; reused: number; resolved: number; remembered: number }
  | { stage: 'metrics'; reused: boolean }
  | { stage: 'history'; mode: 'cold' | 'incremental'; commitsRead: number; base: string | null; reason: string | null }
  /** a run with earlier runs' results failed; they were dropped and the run done again without them */
  | { stage: 'run'; discarded: string }
  /** the history thread failed after its model, writing the snapshot for later runs: the report is whole; the entry was dropped when `removed` */
  | { stage: 'snapshot'; failed: string; removed: boolean };

export type Phase = 'discover' | 'graph' | 'history' | 'provenance' | 'metrics' | 'score' | 'report' | 'trend';

export interface ProgressEvent {
  phase: Phase;
  /** items done so far (files parsed, commits read); total when known */
  done: number;
  total?: number;
  note?: string;
}

export interface PhaseTiming {
  phase: Phase;
  ms: number;
}

interface AnalyzerEvents {
  progress: [ProgressEvent];
  'phase-start': [Phase];
  'phase-end': [PhaseTiming];
  cache: [CacheEvent];
}

/** Stages report progress here; only the CLI decides whether and how to print it. */
export class AnalyzerEmitter extends EventEmitter<AnalyzerEvents> {
  /** Emits at most every `everyMs` for a phase so hot loops stay cheap. */
  throttled(phase: Phase, everyMs = 100): (done: number, total?: number) => void {
    let last = 0;
    return (done, total) => {
      const now = Date.now();
      if (now - last < everyMs && done !== total) return;
      last = now;
      this.emit('progress', total === undefined ? { phase, done } : { phase, done, total });
    };
  }

  async time<T>(phase: Phase, run: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    this.emit('phase-start', phase);
    try {
      return await run();
    } finally {
      this.emit('phase-end', { phase, ms: performance.now() - start });
    }
  }
}
