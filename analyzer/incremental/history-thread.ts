import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzerEmitter, CacheEvent, ProgressEvent } from '../core/events.js';
import type { AnalyzeOptions } from '../core/options.js';
import type { AnalyzerWarning, WarningSink } from '../core/warnings.js';
import type { HistoryAuthorship, HistoryModel } from '../history/index.js';
import type { HistoryCoupling } from '../history/model.js';
import type { HistoryThreadInput } from './history-stage-input.js';
import { HistoryDirStore } from './store/history-dir.js';
import { modelFromBytes } from './model-transfer.js';

export type { HistoryThreadInput } from './history-stage-input.js';

export type HistoryThreadMessage =
  | { kind: 'progress'; event: ProgressEvent }
  | { kind: 'cache'; event: CacheEvent }
  | { kind: 'authorship'; model: Uint8Array }
  | { kind: 'done'; coupling: HistoryCoupling; warnings: AnalyzerWarning[] };

export interface HistoryThread {
  /** the stage's result without its co-change pairs, as soon as the thread has it (all the score needs) */
  authorship: Promise<HistoryAuthorship>;
  /** the stage's whole result */
  model: Promise<HistoryModel>;
  /** the thread has ended: after the model, it writes the history snapshot for later runs */
  ended: Promise<void>;
  /** ends the thread now (the run failed elsewhere) */
  stop(): Promise<void>;
  /** the stage runs on a thread of its own: work on this one does not hold it up */
  ownThread: boolean;
}

/**
 * The history stage, side by side with the graph stage. When it resumes from a snapshot, its work
 * is in-process (merging the snapshot, working out authorship), as CPU-bound as the graph stage's:
 * a worker thread runs it on another core. When it reads the whole log, git itself does most of
 * the work; on a machine of two cores a third busy thread would take CPU from git, so the stage
 * then shares the main thread with the graph stage, unless there are cores to spare.
 */
export async function startHistory(input: HistoryThreadInput, emitter: AnalyzerEmitter, warnings: WarningSink): Promise<HistoryThread> {
  const resumable = input.historyDir !== null && (await new HistoryDirStore(input.historyDir).heads()).length > 0;
  if (resumable || availableParallelism() > 2) return mineHistoryInThread(input, emitter, warnings);
  // imported here: with the stage on its own thread, this one never loads it
  const [{ mineHistory }, { saveAll, stageInput }] = await Promise.all([import('../history/index.js'), import('./history-stage-input.js')]);
  const saves: (() => Promise<void>)[] = [];
  const model = mineHistory(stageInput(input, emitter, warnings, saves));
  const ended = model.then(() => saveAll(saves));
  ended.catch(() => undefined);
  return { authorship: model, model, ended, stop: () => ended.catch(() => undefined), ownThread: false };
}

/**
 * Runs the history stage in a worker thread (history-worker.ts) while the graph stage has the main
 * one: both are CPU-bound in-process work (log parsing and snapshot merging here, parsing and
 * resolving there), so side by side they take the longer of the two instead of the sum. Its
 * events are re-emitted on `emitter`, its warnings added to `warnings`. The model comes in two
 * messages: all but the co-change pairs first, then the pairs (history-worker.ts).
 */
function mineHistoryInThread(input: HistoryThreadInput, emitter: AnalyzerEmitter, warnings: WarningSink): HistoryThread {
  const worker = startWorker(input);
  let delivered = false;
  let authorshipNow: HistoryAuthorship | null = null;
  const authorship = settleable<HistoryAuthorship>();
  const model = settleable<HistoryModel>();
  const fail = (error: unknown): void => {
    authorship.reject(error);
    model.reject(error);
  };
  worker.on('message', (message: HistoryThreadMessage) => {
    if (message.kind === 'progress') emitter.emit('progress', message.event);
    else if (message.kind === 'cache') emitter.emit('cache', message.event);
    else if (message.kind === 'authorship') {
      authorshipNow = modelFromBytes(message.model);
      authorship.resolve(authorshipNow);
    } else if (authorshipNow === null) fail(new Error('the history thread sent its co-change pairs before the rest of the model'));
    else {
      for (const w of message.warnings) warnings.add(w.code, w.message, w.path);
      delivered = true;
      model.resolve({ ...authorshipNow, ...message.coupling });
    }
  });
  const ended = new Promise<void>((resolve, reject) => {
    worker.once('error', (error) => {
      fail(error);
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!delivered) fail(new Error(`the history thread stopped (exit code ${String(code)}) without a result`));
      resolve();
    });
  });
  // a failure is reported through `model` when it comes first; `ended` then only marks the end
  ended.catch(() => undefined);
  return { authorship: authorship.promise, model: model.promise, ended, stop: async () => void (await worker.terminate()), ownThread: true };
}

/** A promise with its resolve and reject at hand; a rejection nobody waits for is not reported as unhandled. */
function settleable<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

function startWorker(input: HistoryThreadInput): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './history-worker.ts' : './history-worker.js', import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData: input });
  // Run from TypeScript source (tests, tsx): the worker loads it through tsx as the parent does;
  // a worker's entry file is not passed through loader hooks given in execArgv, an import is.
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData: input });
}
