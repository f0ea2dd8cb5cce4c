/**
 * Where `blastmap audit` takes its answers: a terminal through node:readline (line editing, the
 * prompt redrawn), or a file or pipe, one answer per line, for scripts and tests. `null` is the
 * end of input, which the session takes as q (quit, saving what was answered); Ctrl-C in a terminal
 * is `interrupted`, which saves nothing.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export type Answer = string | null | { interrupted: true };

export interface AnswerSource {
  ask(prompt: string): Promise<Answer>;
  close(): void;
}

export function fileAnswers(path: string, output: NodeJS.WritableStream): AnswerSource {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
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
