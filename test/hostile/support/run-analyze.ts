import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../../support/run-cli.js';

const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface TimedRun {
  status: number | null;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/**
 * The CLI as a user runs it, from `cwd`, with its own HOME and cache folder; killed after `timeoutMs`, so a
 * hang is a failed case, not a stuck suite.
 */
export function runAnalyzeCli(args: string[], opts: { cwd: string; home: string; cacheHome: string; timeoutMs: number }): Promise<TimedRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'analyzer/cli.ts'), ...args], {
      cwd: opts.cwd,
      env: { ...process.env, HOME: opts.home, XDG_CONFIG_HOME: join(opts.home, '.config'), XDG_CACHE_HOME: opts.cacheHome, BLASTMAP_DEBUG: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr: Buffer.concat(stderr).toString('utf8'), ms: Date.now() - started, timedOut });
    });
  });
}
