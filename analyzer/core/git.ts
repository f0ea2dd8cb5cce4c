import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/**
 * Every git call goes through here. The analyzed repository is untrusted: its config may name
 * an fsmonitor, hooks, textconv or diff drivers, or a promisor remote. None of them may run.
 */
const SAFE_CONFIG = [
  '-c', 'core.fsmonitor=false',
  '-c', 'core.quotePath=false',
  '-c', 'core.hooksPath=/dev/null',
  '-c', 'core.untrackedCache=false',
  '-c', 'diff.external=',
  '-c', 'protocol.allow=never',
  '-c', 'log.showSignature=false',
  '-c', 'i18n.logOutputEncoding=UTF-8',
];

export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // GIT_DIR, GIT_WORK_TREE, GIT_EXTERNAL_DIFF... from the caller must not redirect us.
    if (!key.startsWith('GIT_')) env[key] = value;
  }
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_NO_LAZY_FETCH: '1',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PAGER: 'cat',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    LC_ALL: 'C',
  };
}

export function gitArgs(args: readonly string[]): string[] {
  return ['--no-optional-locks', ...SAFE_CONFIG, ...args];
}

export class GitError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(message);
  }
}

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  exitCode: number | null;
}

/** Runs git without a shell and buffers its output. Rejects only when git cannot start. */
export function runGit(
  cwd: string,
  args: readonly string[],
  options: { input?: string | Buffer; timeoutMs?: number } = {},
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', gitArgs(args), {
      cwd,
      env: gitEnv(),
      shell: false,
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 120_000,
      killSignal: 'SIGKILL',
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(new GitError(`git could not start: ${error.message}`, null, '')));
    child.on('close', (code) =>
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), exitCode: code }),
    );
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Runs git and returns stdout, or throws GitError with git's own message. */
export async function gitOk(cwd: string, args: readonly string[], options?: { input?: string | Buffer; timeoutMs?: number }): Promise<Buffer> {
  const result = await runGit(cwd, args, options);
  if (result.exitCode !== 0) {
    const first = result.stderr.trim().split('\n')[0] ?? '';
    throw new GitError(`git ${args[0] ?? ''} failed: ${first || `exit ${String(result.exitCode)}`}`, result.exitCode, result.stderr);
  }
  return result.stdout;
}

/** Starts git with its stdout as a stream, for output too large to buffer (git log). */
export function streamGit(cwd: string, args: readonly string[]): ChildProcessByStdio<Writable, Readable, Readable> {
  return spawn('git', gitArgs(args), { cwd, env: gitEnv(), shell: false, stdio: ['pipe', 'pipe', 'pipe'] });
}

export function splitNul(buffer: Buffer): string[] {
  const text = buffer.toString('utf8');
  return text.split('\0').filter((part) => part.length > 0);
}
