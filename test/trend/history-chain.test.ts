import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/analyze.js';
import { DEFAULT_OPTIONS, type AnalyzeOptions } from '../../analyzer/core/options.js';
import { WarningSink } from '../../analyzer/core/warnings.js';
import { buildMarkerRules } from '../../analyzer/history/marker-rules.js';
import { HistoryChain } from '../../analyzer/trend/history-chain.js';
import { ScratchRepo } from '../../analyzer/trend/scratch-repo.js';
import { buildRepo, PEOPLE, type Step } from '../../scripts/fixtures/history-fixture.js';

const DAY = 86_400;
const options: AnalyzeOptions = { ...DEFAULT_OPTIONS, cacheDir: null };

/**
 * `git log --numstat` reads the work tree's .gitattributes: `-diff` makes a file's line counts
 * `-` in every commit, old ones included. The trend keeps the commits it read, so a point whose
 * attributes differ from the point they were read at must not take them over.
 */
describe('the trend history when a .gitattributes turns a diff off', () => {
  const lines = (month: number): string[] => Array.from({ length: 50 * month }, (_, j) => `export const v${j} = ${j};`);
  const steps: Step[] = [1, 2, 3, 4].map((month) => ({
    kind: 'commit',
    date: `2025-0${month}-10T12:00:00+00:00`,
    author: PEOPLE.alice,
    message: `month ${month}\n`,
    write: { 'src/b.ts': lines(month), ...(month === 3 ? { '.gitattributes': ['src/b.ts -diff'] } : {}) },
  }));
  let repo: string;
  let shas: string[];
  beforeAll(() => {
    repo = buildRepo(mkdtempSync(join(tmpdir(), 'blastmap-chain-attrs-')), steps);
    shas = execFileSync('git', ['rev-list', '--reverse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim().split('\n');
  }, 60_000);
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it("counts each point's lines under that point's attributes, as a fresh analyze does", async () => {
    const scratch = await ScratchRepo.open(repo);
    const chain = new HistoryChain(scratch, options, buildMarkerRules(options.aiMarkers, options.botPatterns, new WarningSink()), shas.at(-1) as string);
    const counted: (number | undefined)[] = [];
    const modes: string[] = [];
    try {
      for (const sha of shas) {
        await scratch.moveTo(sha);
        const time = Number(execFileSync('git', ['log', '-1', '--format=%ct', sha], { cwd: repo, encoding: 'utf8' }).trim());
        const history = await chain.at(sha, time, time + DAY, time - 90 * DAY);
        counted.push(history.model.files.get('src/b.ts')?.linesAdded);
        modes.push(history.mode);
      }
    } finally {
      scratch.dispose();
    }
    // a fresh analyze of the last commit: with the attribute, git counts no line of src/b.ts at all
    const fresh = await analyze(repo, { ...options, now: '2025-04-11T12:00:00.000Z', since: '2025-01-01T00:00:00.000Z' });
    expect(fresh.modules.find((m) => m.path === 'src/b.ts')?.history?.linesAdded).toBe(0);
    // before the attribute, every line added counts (50 a month); from it on, none
    expect(counted).toEqual([50, 100, 0, 0]);
    // the commits read at the first point were dropped when the attribute came
    expect(modes).toEqual(['whole', 'since-previous', 'whole', 'since-previous']);
  }, 120_000);
});
