import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Report } from '../../../analyzer/report/schema/index.js';
import { validateAgainstSchemaFile } from '../../support/report-schema.js';
import { ROOT } from '../../support/run-cli.js';
import { runAnalyzeCli } from './run-analyze.js';
import type { Sandbox } from './sandbox.js';
import { testGit } from './test-git.js';
import { trackedSources } from './tracked-sources.js';
import { snapshotTree, treeChanges } from './tree-snapshot.js';

export interface ContractOptions {
  args?: string[];
  timeoutMs?: number;
  /** false for a plain directory: the files on disk are what must be accounted for */
  isRepo?: boolean;
  /** the repository analyzed, when not box.repo */
  repo?: string;
}

/** Tracked TS/JS files that are neither a module nor named in a warning. */
export function unaccounted(report: Report, tracked: readonly string[]): string[] {
  const named = new Set([...report.modules.map((m) => m.path), ...report.warnings.flatMap((w) => (w.path === undefined ? [] : [w.path]))]);
  return tracked.filter((path) => !named.has(path));
}

/** The report folder, and the run cache (outside the repo by design; see docs/hostile-input.md). */
const SKIPPED = ['out', 'cache'];

const gitStatus = (repo: string): string => testGit(repo, ['status', '--porcelain', '--ignored', '-z']).toString('latin1');
const gitConfigBytes = (repo: string): string | null => (existsSync(join(repo, '.git', 'config')) ? readFileSync(join(repo, '.git', 'config'), 'latin1') : null);

/**
 * Runs `blastmap analyze` on a hostile repository and checks what must hold for every one: exit
 * 0 and silence within the time bound, nothing written outside --out (and the cache), the repo's status and
 * config unchanged, no canary fired, a report valid against the schema that accounts for every
 * tracked TS/JS file.
 */
export async function analyzeHostile(box: Sandbox, options: ContractOptions = {}): Promise<Report> {
  const repo = options.repo ?? box.repo;
  const isRepo = options.isRepo ?? true;
  const tracked = trackedSources(repo, isRepo);
  const statusBefore = isRepo ? gitStatus(repo) : null;
  const configBefore = gitConfigBytes(repo);
  const treeBefore = snapshotTree(box.root, SKIPPED);

  const run = await runAnalyzeCli(['analyze', repo, '--out', box.out, '--quiet', ...(options.args ?? [])], { cwd: box.root, home: box.home, cacheHome: box.cache, timeoutMs: options.timeoutMs ?? 60_000 });
  expect(run.timedOut, `still running after ${run.ms} ms`).toBe(false);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);

  expect(treeChanges(treeBefore, snapshotTree(box.root, SKIPPED))).toEqual([]);
  if (statusBefore !== null) expect(gitStatus(repo)).toBe(statusBefore);
  expect(gitConfigBytes(repo)).toBe(configBefore);
  expect(box.canaries.fired()).toEqual([]);
  for (const mark of ['PWNED', 'x', 'y']) expect(existsSync(join(ROOT, mark)), `${mark} in ${ROOT}`).toBe(false);

  expect(readdirSync(box.out).sort()).toEqual(['report.html', 'report.json', 'report.md']);
  const report = JSON.parse(readFileSync(join(box.out, 'report.json'), 'utf8')) as Report;
  expect(validateAgainstSchemaFile(report)).toEqual([]);
  expect(unaccounted(report, tracked)).toEqual([]);
  return report;
}

/** The warnings about one path, as `code` strings. */
export const warningCodes = (report: Report, path: string): string[] => report.warnings.filter((w) => w.path === path).map((w) => w.code);
