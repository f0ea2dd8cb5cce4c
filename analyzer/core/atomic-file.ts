import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Entries above this are not written: a cache that costs more to read than it saves is no cache. */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

/**
 * Writes through a temporary file and a rename, so a reader (another blastmap run) sees the old
 * file or the new one, never half of one. A cache that cannot be written is not an error. (The
 * files of analyzer/incremental.)
 */
export function writeAtomic(path: string, content: () => string | Buffer, mode = 0o600): boolean {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const data = content();
    if (data.length > MAX_ENTRY_BYTES) return false;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, data, { mode });
    renameSync(temp, path);
    return true;
  } catch {
    rmSync(temp, { force: true });
    return false;
  }
}

/** The file's bytes, or an empty buffer when it is missing or unreadable. */
export function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    return Buffer.alloc(0);
  }
}

/**
 * Adds to the end of a journal file. Not atomic: a reader that meets a half-written last entry
 * drops it (decodeEntries), as it does one that two writers interleaved.
 */
export function appendText(path: string, text: string): boolean {
  try {
    if (text.length > MAX_ENTRY_BYTES) return false;
    appendFileSync(path, text, { mode: 0o600 });
    return true;
  } catch {
    return false;
  }
}
