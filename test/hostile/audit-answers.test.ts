/**
 * `blastmap audit --answers` on what a path can name besides a file: /dev/null (no answers, saved
 * like q), a FIFO as a shell's `<(…)` gives, standard input through /dev/stdin, /dev/zero (which
 * never ends), a directory, a socket, nothing at all. Each is read or refused in one line, exit 2,
 * before the analysis; nothing is written in the repository unless an answer was given.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFamiliarityFixture } from '../../scripts/fixtures/familiarity-fixture.js';
import { ROOT } from '../support/run-cli.js';

const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const scratch = mkdtempSync(join(tmpdir(), 'blastmap-answers-'));
const ratings = (repo: string): string => join(repo, '.blastmap/familiarity.csv');
let socket: Server;
const socketPath = join(scratch, 'answers.sock');
beforeAll(async () => {
  socket = createServer();
  await new Promise<void>((listening) => socket.listen(socketPath, listening));
});
afterAll(async () => {
  await new Promise((closed) => socket.close(closed));
  rmSync(scratch, { recursive: true, force: true });
});

/** audit as Bob (he authors two areas of the fixture); `pipe`: text a shell pipes into its standard input. */
function audit(repo: string, answers: string, pipe?: string): { status: number | null; stdout: string; stderr: string } {
  const cli = [process.execPath, '--import', TSX, join(ROOT, 'analyzer/cli.ts'), 'audit', repo, '--as', 'bob@example.com', '--date', '2025-06-02', '--answers', answers];
  // through sh, so standard input is a pipe as in a terminal's `… | blastmap audit` (Node's own stdin pipes are sockets)
  const [command, args] = pipe === undefined ? [cli[0]!, cli.slice(1)] : ['sh', ['-c', 'text="$1"; shift; printf %s "$text" | "$@"', 'sh', pipe, ...cli]];
  const run = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, BLASTMAP_DEBUG: '' }, timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const fatal = (repo: string, answers: string, line: RegExp): void => {
  const run = audit(repo, answers);
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(line)]);
  expect(run.stderr).not.toContain('analyzing'); // refused before the analysis
  expect(run.status).toBe(2);
  expect(existsSync(join(repo, '.blastmap'))).toBe(false);
};

describe('audit --answers, something other than a plain file', () => {
  const repo = buildFamiliarityFixture(false, mkdtempSync(join(scratch, 'repo-')));

  it('/dev/null: no answers, saved like q, nothing written', () => {
    const run = audit(repo, '/dev/null');
    expect([run.status, run.stderr]).toEqual([0, 'blastmap: analyzing…\n']);
    expect(run.stdout).toContain('No ratings given; nothing was written.');
    expect(existsSync(join(repo, '.blastmap'))).toBe(false);
  }, 120_000);

  it('/dev/zero, which never ends: refused at 1 MiB, before the analysis', () => {
    fatal(repo, '/dev/zero', /^blastmap: --answers: \/dev\/zero holds more than 1 MiB; answers are one short line per area$/);
  }, 120_000);

  it('a directory, a socket, nothing, and `-`: each said as what it is', () => {
    fatal(repo, scratch, /^blastmap: --answers: .*blastmap-answers-\w+ is a directory, not a file of answers$/);
    fatal(repo, socketPath, /^blastmap: --answers: .*answers\.sock is not a file, a pipe or a character device to read answers from$/);
    fatal(repo, join(scratch, 'no\nsuch'), /^blastmap: --answers: no such file: .*no\\u000asuch$/);
    fatal(repo, '-', /^blastmap: --answers: no such file: - \(without --answers, audit reads the answers from standard input\)$/);
  }, 120_000);
});

describe('audit --answers from a pipe', () => {
  it('a FIFO, as `--answers <(printf …)` gives, and /dev/stdin on a pipe', async () => {
    const repo = buildFamiliarityFixture(false, mkdtempSync(join(scratch, 'fifo-')));
    const fifo = join(scratch, 'answers.fifo');
    execFileSync('mkfifo', [fifo]);
    // the writer blocks until audit opens the FIFO to read it
    const writer = spawn('sh', ['-c', 'printf "2\\nq\\n" > "$1"', 'sh', fifo]);
    const closed = new Promise((done) => writer.on('close', done));
    const run = audit(repo, fifo);
    writer.kill(); // still blocked only when audit never opened the FIFO: a failure, not a hang
    await closed;
    expect([run.status, run.stderr]).toEqual([0, 'blastmap: analyzing…\n']);
    expect(run.stdout).toContain('1 rating appended to');
    expect(readFileSync(ratings(repo), 'utf8')).toMatch(/^date,person,area,rating\n2025-06-02,bob@example\.com,src[^,]*,2\n$/);

    const piped = audit(repo, '/dev/stdin', 's\n1\n');
    expect([piped.status, piped.stderr]).toEqual([0, 'blastmap: analyzing…\n']);
    expect(piped.stdout).toContain('1 rating appended to');
    expect(readFileSync(ratings(repo), 'utf8').split('\n')).toHaveLength(4);
    rmSync(repo, { recursive: true, force: true });
  }, 180_000);
});
