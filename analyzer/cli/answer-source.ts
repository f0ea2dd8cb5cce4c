/**
 * Where `blastmap audit` takes its answers: a terminal through node:readline (line editing, the
 * prompt redrawn), or a file or pipe, one answer per line, for scripts and tests. `null` is the
 * end of input, which the session takes as q (quit, saving what was answered); Ctrl-C in a terminal
 * is `interrupted`, which saves nothing.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { printable } from './printable.js';
import { UsageError } from './usage-error.js';

export type Answer = string | null | { interrupted: true };

export interface AnswerSource {
  ask(prompt: string): Promise<Answer>;
  close(): void;
}

/** 1 MiB: answers are one short line per area; /dev/zero or a runaway pipe never ends. */
export const MAX_ANSWERS_BYTES = 1024 * 1024;

/**
 * The lines of `--answers`, read whole before the analysis, so a file that cannot be read stops
 * the audit at once (exit 2) rather than after minutes of analysis. A regular file, a pipe or
 * FIFO (`--answers <(printf '1\n')`) or a character device (/dev/null: no answers, saved like q);
 * each is read by read(2) until its end, up to MAX_ANSWERS_BYTES.
 */
export function readAnswers(path: string): string[] {
  const chunks: Buffer[] = [];
  let total = 0;
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > MAX_ANSWERS_BYTES) throw new UsageError(`--answers: ${printable(path)} holds more than ${MAX_ANSWERS_BYTES / 1024 / 1024} MiB; answers are one short line per area`);
      chunks.push(chunk.subarray(0, read));
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--answers: cannot read ${printable(path)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  } finally {
    if (fd !== null) closeSync(fd);
  }
  const lines = Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Answers from `lines` (readAnswers'), one per question. */
export function fileAnswers(lines: readonly string[], output: NodeJS.WritableStream): AnswerSource {
  let next = 0;
  return {
    ask: (prompt) => {
      const answer = next < lines.length ? lines[next++]! : null;
      // echoed, so the transcript reads as a terminal session does
      output.write(`${prompt}${answer ?? ''}\n`);
      return Promise.resolve(answer);
    },
    close: () => undefined,
  };
}

export function terminalAnswers(input: NodeJS.ReadableStream & { isTTY?: boolean }, output: NodeJS.WritableStream): AnswerSource {
  const rl = createInterface({ input, output, terminal: input.isTTY === true });
  let interrupted = false;
  rl.on('SIGINT', () => {
    interrupted = true;
    rl.close();
  });
  const lines = rl[Symbol.asyncIterator]();
  return {
    ask: async (prompt) => {
      rl.setPrompt(prompt);
      rl.prompt();
      const next = await lines.next();
      if (interrupted) return { interrupted: true };
      return next.done ? null : next.value;
    },
    close: () => rl.close(),
  };
}
