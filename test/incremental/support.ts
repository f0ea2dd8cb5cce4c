import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../analyzer/analyze.js';
import { AnalyzerEmitter } from '../../analyzer/core/events.js';
import { DEFAULT_OPTIONS, type AnalyzeOptions } from '../../analyzer/core/options.js';
import type { CacheEvent } from '../../analyzer/core/events.js';
import type { Report } from '../../analyzer/report/schema/index.js';
import { buildRepo, PEOPLE, type Step } from '../../scripts/fixtures/history-fixture.js';

export interface Run {
  report: Report;
  json: string;
  graph: Extract<CacheEvent, { stage: 'graph' }> | undefined;
  history: Extract<CacheEvent, { stage: 'history' }> | undefined;
  metrics: Extract<CacheEvent, { stage: 'metrics' }> | undefined;
}

const CLOCK = (): Date => new Date('2030-01-01T00:00:00Z');

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `blastmap-${prefix}-`));

/** One analysis with a pinned clock; `cacheDir` null is a cold run that leaves nothing behind. */
export async function run(repo: string, cacheDir: string | null, options: Partial<AnalyzeOptions> = {}): Promise<Run> {
  const emitter = new AnalyzerEmitter();
  const events: CacheEvent[] = [];
  emitter.on('cache', (event) => events.push(event));
  const report = await analyze(repo, { ...DEFAULT_OPTIONS, ...options, cacheDir }, emitter, CLOCK);
  return {
    report,
    json: JSON.stringify(report),
    graph: events.find((e): e is Extract<CacheEvent, { stage: 'graph' }> => e.stage === 'graph'),
    history: events.find((e): e is Extract<CacheEvent, { stage: 'history' }> => e.stage === 'history'),
    metrics: events.find((e): e is Extract<CacheEvent, { stage: 'metrics' }> => e.stage === 'metrics'),
  };
}

/** Appends commits to a fixture repository (buildRepo's `git init` leaves an existing one as it is). */
export function addCommits(repo: string, steps: readonly Step[]): void {
  buildRepo(repo, steps);
}

type CommitStep = Extract<Step, { kind: 'commit' }>;

export const commit = (date: string, parts: Omit<CommitStep, 'kind' | 'date' | 'author' | 'message'>, message = 'Change\n'): CommitStep => ({
  kind: 'commit',
  date: `${date}T10:00:00+00:00`,
  author: PEOPLE.carol,
  message,
  ...parts,
});
