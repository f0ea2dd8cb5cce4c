import { randomBytes } from 'node:crypto';
import { closeSync, openSync, rmSync, write } from 'node:fs';
import { rename } from 'node:fs/promises';

/**
 * An output written to a new file and renamed over its name when done. The output folder may sit
 * inside the analyzed repository (the default, when run from it), and a repository can commit
 * `blastmap-report/report.md` as a link to any file of the user's: a link there is replaced, never
 * followed. Each piece is handed to libuv's threads as it comes, at its own position in the file,
 * so the writing goes on while this thread produces the next piece.
 */
export class FreshFile {
  private readonly temporary: string;
  private readonly fd: number;
  private position = 0;
  private readonly writes: Promise<void>[] = [];

  constructor(private readonly path: string) {
    this.temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    this.fd = openSync(this.temporary, 'wx');
  }

  /** Appends `part`; the buffer must stay as it is until finish() (report.html's data is report.json's buffers). */
  write(part: string | Buffer): void {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    if (bytes.length === 0) return;
    const promise = writeAt(this.fd, bytes, this.position);
    promise.catch(() => undefined); // reported by finish()
    this.writes.push(promise);
    this.position += bytes.length;
  }

  /** Waits for every piece, then puts the file in place (or removes it when a write failed). */
  async finish(): Promise<void> {
    try {
      try {
        await Promise.all(this.writes);
      } finally {
        closeSync(this.fd);
      }
      // on libuv's threads too: replacing a large old report frees its pages, which takes a while
      await rename(this.temporary, this.path);
    } finally {
      rmSync(this.temporary, { force: true });
    }
  }
}

/** All of `bytes` at `position`, going on after a short write. */
async function writeAt(fd: number, bytes: Buffer, position: number): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const written = await new Promise<number>((resolve, reject) =>
      write(fd, bytes, done, bytes.length - done, position + done, (error, count) => (error ? reject(error) : resolve(count))),
    );
    if (written === 0) throw new Error('the disk took no more bytes');
    done += written;
  }
}
