/**
 * `blastmap view` on files that are no report it can show, and on a port it cannot listen on:
 * each is one line, exit 2, as `blastmap diff` says it of the same file; a failure that is not
 * bad input is worded as the view's, not as an analysis's. A report it can show is served.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../support/sample-report.js';
import { ROOT } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'blastmap-view-hostile-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const good = sampleReport({ modules: 20 });
const goodFile = file('good.json', JSON.stringify(good));
let busy: Server;
let busyPort: number;
beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((listening) => busy.listen(0, '127.0.0.1', listening));
  busyPort = (busy.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((closed) => busy.close(closed));
  rmSync(dir, { recursive: true, force: true });
});

interface ViewRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The CLI from source; once it prints that it is serving, it is sent SIGTERM (as Ctrl-C would
 * stop it), so a case that serves ends too. `preload`: a module run first (to make listen fail).
 */
function runView(args: string[], preload?: string): Promise<ViewRun> {
  const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const child = spawn(process.execPath, [...(preload ? ['--import', pathToFileURL(preload).href] : []), '--import', tsx, join(ROOT, 'analyzer/cli.ts'), 'view', ...args, '--no-open'], {
    env: { ...process.env, BLASTMAP_DEBUG: '' },
  });
  let stdout = '';
  let stderr = '';
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    if (stdout.includes('blastmap: serving ')) child.kill('SIGTERM');
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((done) =>
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr });
    }),
  );
}

const oneLine = (run: ViewRun, status: number, line: RegExp): void => {
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(line);
  expect(run.status).toBe(status);
};

describe.concurrent('blastmap view refuses a file it cannot show: one line, exit 2', () => {
  it('a Markdown file', async () => {
    const md = file('report.md', '# Risks\n\n| a | b |\n');
    oneLine(await runView([md]), 2, /^blastmap: report .*report\.md is not JSON \(Unexpected token '#', "# Risks\\u000a\\u000a\| a \| b \|\\u000a" is not valid JSON\)\n$/);
  });

  it('an empty file, and a report cut short', async () => {
    oneLine(await runView([file('empty.json', '')]), 2, /^blastmap: report .*empty\.json is not JSON \(/);
    const text = JSON.stringify(good);
    oneLine(await runView([file('cut.json', text.slice(0, text.length / 2))]), 2, /is not JSON \(.*\); was it cut short\?\n$/);
  });

  it('JSON that is not a blastmap report, though it would have been served', async () => {
    oneLine(await runView([file('package.json', '{ "name": "app", "version": "1.0.0" }')]), 2, /^blastmap: report .*package\.json is not a blastmap report \(no tool\.name "blastmap"\)\n$/);
    oneLine(await runView([file('eslint.json', JSON.stringify({ tool: { name: 'eslint' }, schemaVersion: 2 }))]), 2, /is not a blastmap report/);
  });

  it('a report of a later schema version, and a damaged one', async () => {
    oneLine(await runView([file('v3.json', JSON.stringify({ ...good, schemaVersion: 3 }))]), 2, /^blastmap: report .*v3\.json has schema version 3; blastmap view reads versions 2 and 1\n$/);
    const damaged = structuredClone(good) as unknown as { modules: Array<{ path: unknown }> };
    damaged.modules[0]!.path = 42;
    oneLine(await runView([file('damaged.json', JSON.stringify(damaged))]), 2, /^blastmap: report .*damaged\.json does not match the version 2 schema: \/modules\/0\/path: must be string/);
  });

  it('a folder whose report.json is no report', async () => {
    const folder = mkdtempSync(join(dir, 'out-'));
    writeFileSync(join(folder, 'report.json'), '<html></html>');
    oneLine(await runView([folder]), 2, /^blastmap: report .*out-\w+\/report\.json is not JSON/);
  });
});

describe.concurrent('blastmap view on a port it cannot listen on', () => {
  it('a port in use: one line naming the option, exit 2', async () => {
    oneLine(await runView([goodFile, '--port', String(busyPort)]), 2, new RegExp(`^blastmap: port ${busyPort} is in use; choose another with --port <n>, or leave --port out for a free one\\n$`));
  });

  it('a port this user may not open: one line, exit 2', async () => {
    // listen fails as it does for a port below 1024 without privileges (the tests may run as root)
    const preload = file('eacces.mjs', "import net from 'node:net';\nnet.Server.prototype.listen = function () { process.nextTick(() => this.emit('error', Object.assign(new Error('listen EACCES: permission denied 127.0.0.1:80'), { code: 'EACCES' }))); return this; };\n");
    oneLine(await runView([goodFile, '-p', '80'], preload), 2, /^blastmap: port 80 may not be listened on by this user \(EACCES; ports below 1024 usually need privileges\); choose another with --port <n>\n$/);
  });

  it('another failure is the view\'s, exit 1, not "analysis failed"', async () => {
    const preload = file('emfile.mjs', "import net from 'node:net';\nnet.Server.prototype.listen = function () { process.nextTick(() => this.emit('error', Object.assign(new Error('listen EMFILE: too many open files'), { code: 'EMFILE' }))); return this; };\n");
    oneLine(await runView([goodFile], preload), 1, /^blastmap: view failed: listen EMFILE: too many open files\n$/);
  });
});

describe.concurrent('blastmap view serves what it can show', () => {
  it('a current report, and a folder holding one', async () => {
    const folder = mkdtempSync(join(dir, 'served-'));
    copyFileSync(goodFile, join(folder, 'report.json'));
    for (const given of [goodFile, folder]) {
      const run = await runView([given]);
      expect(run.stdout).toMatch(/^blastmap: serving .*\.json at http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl-C to stop\)\n$/);
      expect([run.status, run.stderr]).toEqual([0, '']);
    }
  });

  it('a schema 1 report, which the viewer upgrades', async () => {
    const run = await runView([join(ROOT, 'test/fixtures/reports/diff-fixture-then.schema-1.json')]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^blastmap: serving /);
  });
});
