/** Fatal input: the CLI prints the message as one line and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    // a path or a Node message may hold newlines; the contract is one line on stderr
    super(message.replace(/\s*[\r\n]+\s*/g, ' ').trim());
  }
}

/**
 * A command whose exit codes already mean something else (review: 1 is a failed gate) failed for
 * another reason than its input: the CLI prints one line and exits with `exitCode`, so a CI job
 * can tell "the gate failed" from "the review could not run".
 */
export class CommandFailed extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    options?: { cause?: unknown },
  ) {
    super(message.replace(/\s*[\r\n]+\s*/g, ' ').trim(), options);
  }
}
