/**
 * The history stage on a thread of its own (started by history-thread.ts): the stage is the same
 * code as in-process, only its events, warnings and result travel as messages. It opens its own
 * snapshot store from the folder it is given, so the snapshot is read, merged and written here.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AnalyzerEmitter } from '../core/events.js';
import { WarningSink } from '../core/warnings.js';
import { mineHistory, type HistoryAuthorship } from '../history/index.js';
import type { HistoryThreadInput, HistoryThreadMessage } from './history-thread.js';
import { modelToBytes } from './model-transfer.js';
import { saveAll, stageInput } from './history-stage-input.js';

const input = workerData as HistoryThreadInput;
const port = parentPort;
if (port === null) throw new Error('history-worker.ts runs as a worker thread');
const post = (message: HistoryThreadMessage): void => port.postMessage(message);

const emitter = new AnalyzerEmitter();
emitter.on('progress', (event) => post({ kind: 'progress', event }));
emitter.on('cache', (event) => post({ kind: 'cache', event }));
const warnings = new WarningSink();
const saves: (() => Promise<void>)[] = [];
// the model without its co-change pairs goes first: the main thread scores while this one counts them
const handOn = (authorship: HistoryAuthorship): void => {
  const bytes = modelToBytes(authorship);
  port.postMessage({ kind: 'authorship', model: bytes } satisfies HistoryThreadMessage, [bytes.buffer as ArrayBuffer]);
};
const model = await mineHistory({ ...stageInput(input, emitter, warnings, saves), onAuthorship: handOn });
post({ kind: 'done', coupling: { coChanges: model.coChanges, couplingCommits: model.couplingCommits }, warnings: warnings.items });
// after the model is on its way: the main thread builds the report while this one writes the snapshot
await saveAll(saves);
