import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measure, type Measured } from './measure.js';

export interface CliTimings {
  phases: Record<string, number>;
  outputs: Record<string, number>;
  totalMs: number;
  maxRssKb: number;
}

/**
 * `blastmap analyze` exactly as a user runs it: the built CLI, all three outputs written; cold
 * (`--no-cache`) unless `cacheDir` is given. Its wall time (Node start-up and report.html
 * included) is what the floors are compared with; the phase split comes from its own `--timings`.
 */
export async function runBuiltCli(cli: string, repoDir: string, extra: string[] = [], cacheDir: string | null = null): Promise<{ run: Measured; timings: CliTimings | null }> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'blastmap-bench-out-'));
  const cache = cacheDir === null ? ['--no-cache'] : ['--cache-dir', cacheDir];
  try {
    const run = await measure(process.execPath, [cli, 'analyze', repoDir, ...cache, '--quiet', '--timings', '--out', out, ...extra], { cwd: os.tmpdir() });
    const line = run.stderrTail.split('\n').find((l) => l.startsWith('blastmap timings: '));
    return { run, timings: line ? (JSON.parse(line.slice('blastmap timings: '.length)) as CliTimings) : null };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * `blastmap review <repo> --base <base>` as CI runs it (JSON to standard output, which is kept out
 * of memory): warm with `cacheDir`, cold (`--no-cache`) without. Exit 1 (a failed gate) is a result,
 * not an error.
 */
export async function runBuiltReview(cli: string, repoDir: string, base: string, cacheDir: string | null = null): Promise<Measured> {
  const cache = cacheDir === null ? ['--no-cache'] : ['--cache-dir', cacheDir];
  return measure(process.execPath, [cli, 'review', repoDir, '--base', base, '--format', 'json', ...cache, '--quiet'], { cwd: os.tmpdir() });
}
