/**
 * The history worker lowers its own thread's priority once the model is handed on
 * (history-worker.ts): only that thread's, never the process's. Checked against what the kernel
 * says of each task (/proc/<pid>/task/<tid>/stat, field 19: nice).
 */
import { readFileSync, readlinkSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { LOWEST_PRIORITY, lowerThisThreadsPriority } from '../../analyzer/incremental/lower-priority.js';

const niceOf = (task: string): number => {
  const stat = readFileSync(`/proc/${task}/stat`, 'utf8');
  // the fields after the command name (in parentheses, which may hold spaces) start at field 3
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19 - 3]);
};

describe.skipIf(process.platform !== 'linux')('lowerThisThreadsPriority', () => {
  it('leaves the main thread, and so the process, as it was', () => {
    const before = niceOf('self');
    expect(lowerThisThreadsPriority()).toBe(false);
    expect(niceOf('self')).toBe(before);
  });

  it('lowers a worker thread alone, to the lowest priority', async () => {
    const before = niceOf('self');
    const module = new URL('../../analyzer/incremental/lower-priority.ts', import.meta.url).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    // as history-thread.ts starts its worker from source: tsx registered in the thread, then the module
    const boot = `
      const { parentPort } = require('node:worker_threads');
      const { readFileSync, readlinkSync } = require('node:fs');
      import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(module)}); }).then((m) => {
        const task = readlinkSync('/proc/thread-self');
        const lowered = m.lowerThisThreadsPriority();
        parentPort.postMessage({ task, lowered, stat: readFileSync('/proc/' + task + '/stat', 'utf8') });
      });`;
    const worker = new Worker(boot, { eval: true });
    const reply = await new Promise<{ task: string; lowered: boolean; stat: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(reply.lowered).toBe(true);
    expect(reply.task).not.toBe(readlinkSync('/proc/thread-self'));
    expect(Number(reply.stat.slice(reply.stat.lastIndexOf(')') + 2).split(' ')[19 - 3])).toBe(LOWEST_PRIORITY);
    expect(niceOf('self')).toBe(before);
  });
});
