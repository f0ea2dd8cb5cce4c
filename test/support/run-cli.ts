import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// An absolute loader URL, so the CLI also runs from inside a fixture repo without node_modules.
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source (node + tsx), as a user would run the built bin, without a shell. */
export function runCli(args: string[], cwd = ROOT, nodeArgs: string[] = [], env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [...nodeArgs, '--import', TSX, join(ROOT, 'analyzer/cli.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, BLASTMAP_DEBUG: '', ...env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
