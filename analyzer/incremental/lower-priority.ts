import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The lowest scheduling priority (the highest nice value). */
export const LOWEST_PRIORITY = 19;

/**
 * Lowers the priority of the calling worker thread alone, never the process's: on Linux a thread
 * is a task with an id of its own (/proc/thread-self names it) and a priority of its own. True when
 * it was lowered; false on the main thread, on another system, or when refused.
 */
export function lowerThisThreadsPriority(): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isSafeInteger(tid) || tid <= 0 || tid === process.pid) return false;
    setPriority(tid, LOWEST_PRIORITY);
    return true;
  } catch {
    return false;
  }
}
