import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Measured {
  ms: number;
  /** peak resident set size of the process, KiB; null when it could not be measured */
  peakRssKb: number | null;
  exitCode: number | null;
  stdout: string;
  stdoutBytes: number;
  stderrTail: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command and measures wall time and peak RSS: through GNU time when present (its report
 * goes to a separate file so the command's own stderr stays clean), else by polling ps.
 */
export async function measure(command: string, args: string[], opts: { cwd: string; keepStdout?: boolean }): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const scratch = mkdtempSync(path.join(tmpdir(), 'blastmap-bench-'));
  const timeReport = path.join(scratch, 'time.txt');
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeReport, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let polledPeak = 0;
  const poller = useTime ? null : setInterval(() => void pollRss(child.pid).then((kb) => (polledPeak = Math.max(polledPeak, kb))), 100);
  const out: Buffer[] = [];
  let stdoutBytes = 0;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdoutBytes += chunk.length;
    if (opts.keepStdout) out.push(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const ms = performance.now() - started;
  if (poller) clearInterval(poller);
  const peakRssKb = useTime ? parseMaxRss(timeReport) : polledPeak || null;
  rmSync(scratch, { recursive: true, force: true });
  return { ms, peakRssKb, exitCode, stdout: Buffer.concat(out).toString('utf8'), stdoutBytes, stderrTail: stderr.trim().split('\n').slice(-5).join('\n') };
}

function parseMaxRss(file: string): number | null {
  if (!existsSync(file)) return null;
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(file, 'utf8'));
  return match ? Number(match[1]) : null;
}

async function pollRss(pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0;
  const ps = spawn('ps', ['-o', 'rss=', '-p', String(pid)], { stdio: ['ignore', 'pipe', 'ignore'] });
  let text = '';
  ps.stdout.on('data', (c: Buffer) => (text += c.toString()));
  await new Promise((resolve) => ps.on('close', resolve));
  return Number(text.trim()) || 0;
}
