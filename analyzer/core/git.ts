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

export interface StreamOutcome {
  /** git ran to the end, exit 0, and every chunk was taken */
  complete: boolean;
  /** why not, in one line */
  reason: string | null;
}

/** The first `fatal:` or `error:` line git printed, else its first line. */
export function gitReason(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.find((line) => line.startsWith('fatal:')) ?? lines.find((line) => line.startsWith('error:')) ?? lines[0] ?? '';
}

/**
 * Runs git with stdin given (or closed) and stdout handed to `onChunk` as it comes, killed when it
 * prints nothing for `idleMs` or runs past `totalMs`; never rejects. A chunk the caller cannot
 * take (it throws) stops git too. The one streaming runner: git log, cat-file and blame use it.
 */
export function streamGitBounded(cwd: string, args: readonly string[], bounds: { idleMs: number; totalMs: number }, onChunk: (chunk: Buffer) => void, input?: Buffer | string): Promise<StreamOutcome> {
  const what = `git ${args[0] ?? ''}`;
  return new Promise((resolve) => {
    const child = streamGit(cwd, args);
    const stderr: Buffer[] = [];
    let stopped: string | null = null;
    const stop = (reason: string): void => {
      if (stopped === null) stopped = reason;
      child.kill('SIGKILL');
    };
    const idle = setTimeout(() => stop(`${what} printed nothing for ${bounds.idleMs / 1000} s`), bounds.idleMs);
    const total = setTimeout(() => stop(`${what} ran longer than ${bounds.totalMs / 1000} s`), bounds.totalMs);
    // git may exit before reading all of stdin (a bad request): that is its answer, not a crash
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
    child.stdout.on('data', (chunk: Buffer) => {
      idle.refresh();
      try {
        onChunk(chunk);
      } catch (error) {
        stop(`reading ${what} failed: ${gitReason(error instanceof Error ? error.message : String(error))}`);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => stop(`git could not start: ${error.message}`));
    child.on('close', (code) => {
      clearTimeout(idle);
      clearTimeout(total);
      if (stopped === null && code === 0) resolve({ complete: true, reason: null });
      else resolve({ complete: false, reason: stopped ?? (gitReason(Buffer.concat(stderr).toString('utf8')) || `${what} exited with ${String(code)}`) });
    });
  });
}

/** A full commit (or object) id as git prints it: SHA-1 or SHA-256, lowercase hex. */
export const COMMIT_ID = /^[0-9a-f]{40,64}$/;

export function splitNul(buffer: Buffer): string[] {
  const text = buffer.toString('utf8');
  return text.split('\0').filter((part) => part.length > 0);
}
