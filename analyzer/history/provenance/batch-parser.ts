/**
 * Reads `git cat-file --batch` output as it streams: for each object asked, in order, a header
 * line (`<oid> <type> <size>`, or `<request> missing`), then for --batch the content and a
 * newline. Content is handed on in pieces, so a large blob is never held whole unless the
 * caller keeps it. --batch-check output is the same without content.
 */
export type ObjectHeader = { found: true; type: string; size: number } | { found: false };

export interface BatchHandler {
  start(index: number, header: ObjectHeader): void;
  data(index: number, chunk: Buffer): void;
  end(index: number): void;
}

export class BatchParser {
  private index = 0;
  private header: Buffer[] = [];
  /** content bytes still to come for the current object, then its trailing newline */
  private remaining = -1;
  private trailer = false;

  constructor(private readonly count: number, private readonly withContent: boolean, private readonly handler: BatchHandler) {}

  /** every object asked has been read */
  get done(): boolean {
    return this.index >= this.count;
  }

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length && !this.done) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, chunk.length - at);
        this.handler.data(this.index, chunk.subarray(at, at + take));
        this.remaining -= take;
        at += take;
        if (this.remaining === 0) this.trailer = true;
        continue;
      }
      if (this.trailer) {
        // the newline git writes after each object's content
        at += 1;
        this.trailer = false;
        this.finish();
        continue;
      }
      const newline = chunk.indexOf(0x0a, at);
      if (newline < 0) {
        this.header.push(chunk.subarray(at));
        return;
      }
      this.header.push(chunk.subarray(at, newline));
      at = newline + 1;
      this.readHeader(Buffer.concat(this.header).toString('utf8'));
      this.header = [];
    }
  }

  private readHeader(line: string): void {
    const match = /^[0-9a-f]{40,64} (\S+) (\d+)$/.exec(line);
    if (!match) {
      // `<request> missing` (or ambiguous): nothing follows
      this.handler.start(this.index, { found: false });
      this.finish();
      return;
    }
    const size = Number(match[2]);
    this.handler.start(this.index, { found: true, type: match[1] as string, size });
    if (!this.withContent) this.finish();
    else if (size === 0) this.trailer = true;
    else this.remaining = size;
  }

  private finish(): void {
    this.handler.end(this.index);
    this.index += 1;
    this.remaining = -1;
  }
}
