import { existsSync } from 'node:fs';
import { expect } from 'vitest';
import { runAnalyzeCli } from './run-analyze.js';
import type { Sandbox } from './sandbox.js';
import { snapshotTree, treeChanges } from './tree-snapshot.js';

/**
 * Fatal input: exit 2 within the bound, one line on stderr saying why, no report folder, and
 * nothing written anywhere in the sandbox.
 */
export async function expectFatal(box: Sandbox, args: string[], reason: RegExp): Promise<string> {
  const before = snapshotTree(box.root, ['cache']);
  const run = await runAnalyzeCli(args, { cwd: box.root, home: box.home, cacheHome: box.cache, timeoutMs: 30_000 });
  expect(run.timedOut).toBe(false);
  expect(run.status).toBe(2);
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(reason);
  expect(existsSync(box.out)).toBe(false);
  expect(treeChanges(before, snapshotTree(box.root, ['cache']))).toEqual([]);
  expect(box.canaries.fired()).toEqual([]);
  return run.stderr;
}
