import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyzerEmitter } from '../../analyzer/core/events.js';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import { WarningSink } from '../../analyzer/core/warnings.js';
import { mineHistoryFrom } from '../../analyzer/history/index.js';
import type { GitSource } from '../../analyzer/history/git-source.js';
import { buildHistoryFixture, buildRepo, fixtureEnv, git, PEOPLE } from '../../scripts/fixtures/history-fixture.js';
import { mine } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'blastmap-history-edge-'));
const env = fixtureEnv(join(scratch, 'home'));
let source: string;

beforeAll(() => {
  source = buildHistoryFixture(join(scratch, 'source'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('repositories without (full) history', () => {
  it('a plain directory gives an empty model and a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blastmap-plain-'));
    try {
      const { model, warnings } = await mine(dir, { now: '2025-01-01T00:00:00Z' });
      expect(model).toMatchObject({ available: false, head: null, commitsAnalyzed: 0, truckFactor: null, now: '2025-01-01T00:00:00.000Z' });
      expect(model.files.size).toBe(0);
      expect(warnings.items.map((w) => w.code)).toEqual(['not-a-git-repo']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing directory does not crash', async () => {
    const { model, warnings } = await mine(join(scratch, 'does-not-exist'));
    expect(model.available).toBe(false);
    expect(warnings.items.map((w) => w.code)).toEqual(['not-a-git-repo']);
  });

  it('a repository without commits gives an empty model and a warning', async () => {
    const dir = join(scratch, 'empty');
    buildRepo(dir, []);
    writeFileSync(join(dir, 'staged.ts'), 'x\n');
    git(dir, ['add', 'staged.ts'], env);
    const { model, warnings } = await mine(dir);
    expect(model.available).toBe(false);
    expect(warnings.items.map((w) => w.code)).toEqual(['no-commits']);
  });

  it('a shallow clone is marked shallow, with a warning, and reads what is there', async () => {
    const dir = join(scratch, 'shallow');
    execFileSync('git', ['-c', 'protocol.file.allow=always', 'clone', '-q', '--depth', '3', `file://${source}`, dir], { env });
    const { model, warnings } = await mine(dir);
    expect(model.shallow).toBe(true);
    expect(warnings.items.map((w) => w.code)).toEqual(['shallow-clone']);
    expect(model.commitsAnalyzed).toBe(3); // C16, C17, C18
    // the boundary commit shows every file as added: src/core/a.ts sees C18 and the boundary C16
    expect(model.files.get('src/core/a.ts')?.commits).toBe(2);
  });

  // no stopwatch: the timeout is the hang guard (a fetch, a wait on the network fails the test)
  it('a blobless partial clone stops with history-incomplete instead of fetching or hanging', async () => {
    git(source, ['config', 'uploadpack.allowFilter', 'true'], env);
    const dir = join(scratch, 'partial');
    execFileSync('git', ['-c', 'protocol.file.allow=always', 'clone', '-q', '--no-local', '--filter=blob:none', `file://${source}`, dir], { env });
    const packsBefore = execFileSync('git', ['count-objects', '-v'], { cwd: dir, env, encoding: 'utf8' });
    const { model, warnings } = await mine(dir);
    expect(model.available).toBe(true);
    const incomplete = warnings.items.filter((w) => w.code === 'history-incomplete');
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0]?.message).toMatch(/git log stopped/);
    // nothing was fetched into the clone
    expect(execFileSync('git', ['count-objects', '-v'], { cwd: dir, env, encoding: 'utf8' })).toBe(packsBefore);
  }, 120_000);
});

describe('an untrusted repository', () => {
  it('runs none of its configured programs and writes nothing into it', async () => {
    const dir = join(scratch, 'evil');
    buildRepo(dir, [
      { kind: 'commit', date: '2024-01-01T00:00:00Z', author: PEOPLE.alice, message: 'one\n', write: { 'a.ts': ['1'], '.gitattributes': ['*.ts diff=evil'] } },
      { kind: 'commit', date: '2024-01-02T00:00:00Z', author: PEOPLE.alice, message: 'two\n', write: { 'a.ts': ['1', '2'] } },
    ]);
    const statusBefore = git(dir, ['status', '--porcelain', '--ignored'], env);
    const marker = join(scratch, 'pwned');
    // an executable that leaves a mark: git runs fsmonitor hooks by path (plain `git ls-files` would)
    const run = join(scratch, 'evil.sh');
    writeFileSync(run, `#!/bin/sh\ntouch '${marker}'\ncat "$1" 2>/dev/null\n`, { mode: 0o755 });
    for (const [key, value] of [['diff.evil.textconv', run], ['diff.evil.command', run], ['diff.external', run], ['core.fsmonitor', run], ['core.pager', run], ['log.showSignature', 'true'], ['gpg.program', run], ['color.ui', 'always'], ['diff.relative', 'true']]) {
      git(dir, ['config', key as string, value as string], env);
    }
    const configBefore = readFileSync(join(dir, '.git', 'config'), 'utf8');
    const { model } = await mine(dir);
    expect(existsSync(marker)).toBe(false);
    expect(model.files.get('a.ts')).toMatchObject({ commits: 2, linesAdded: 2 });
    expect(readFileSync(join(dir, '.git', 'config'), 'utf8')).toBe(configBefore);
    expect(git(dir, ['-c', 'core.fsmonitor=false', 'status', '--porcelain', '--ignored'], env)).toBe(statusBefore);
  });

  it('keys files as ls-files prints them in a subdirectory', async () => {
    const { model } = await mine(join(source, 'src'));
    expect([...model.files.keys()].sort()).toEqual(['b.ts', 'core/a.ts', 'e.ts', 'lib/b.ts', 'lib/c2.ts']);
    expect(model.files.get('core/a.ts')?.commits).toBe(6);
  });
});

describe('a stream that breaks part way (canned GitSource)', () => {
  it('keeps the commits read, drops the half-read one and says where it stopped', async () => {
    const head = (sha: string, t: number, msg: string) => `\x1e${[sha, t, 'Ann', 'ann@x', 'Ann', 'ann@x', 'Ann', 'ann@x', msg].join('\x1f')}\0`;
    const text = `${head('1'.repeat(40), 1700000000, 'newest\n')}\n:100644 100644 1 2 M\0a.ts\0${'2\t1\ta.ts\0'}${head('2'.repeat(40), 1600000000, 'half\n')}\n:100644 100644 1 2 M\0a.ts\0`;
    const canned: GitSource = {
      probe: async () => ({ state: 'ok', message: null, head: '1'.repeat(40), branch: 'main', shallow: false, headTime: 1700000000, prefix: '' }),
      listFiles: async () => ['a.ts'],
      readLog: async (onChunk) => {
        onChunk(Buffer.from(text));
        return { complete: false, reason: 'fatal: could not fetch 1234 from promisor remote' };
      },
    };
    const warnings = new WarningSink();
    const model = await mineHistoryFrom(canned, { repoDir: '/nowhere', options: DEFAULT_OPTIONS, emitter: new AnalyzerEmitter(), warnings });
    expect(model.commitsAnalyzed).toBe(1);
    expect(model.files.get('a.ts')).toMatchObject({ commits: 1, linesAdded: 2, linesDeleted: 1 });
    expect(warnings.items).toHaveLength(1);
    expect(warnings.items[0]?.message).toContain('after 1 commits, at 111111111111 (2023-11-14T22:13:20.000Z)');
    expect(warnings.items[0]?.message).toContain('promisor remote');
  });
});
