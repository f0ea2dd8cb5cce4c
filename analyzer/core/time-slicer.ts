/**
 * Long CPU-bound loops (parsing, resolving) share the main thread with the history stage, which
 * drains `git log` from a pipe. A pipe holds 64 KiB; if the loop never yields, git blocks on a full
 * pipe and the two stages run one after the other. Yielding every few milliseconds lets the stream
 * keep git busy at a negligible cost (a setImmediate per slice).
 */
export class TimeSlicer {
  private last = performance.now();

  constructor(private readonly sliceMs = 4) {}

  /** true when the loop has held the thread for a whole slice */
  due(): boolean {
    return performance.now() - this.last >= this.sliceMs;
  }

  async yield(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.last = performance.now();
  }
}
