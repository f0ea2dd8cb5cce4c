/** Fatal input: the CLI prints the message as one line and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    // a path or a Node message may hold newlines; the contract is one line on stderr
    super(message.replace(/\s*[\r\n]+\s*/g, ' ').trim());
  }
}
