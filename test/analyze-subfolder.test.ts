import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRepo, type Step } from '../scripts/fixtures/history-fixture.js';
import { RISK_FIXTURE_STEPS } from '../scripts/fixtures/risk-fixture.js';
import { run as analyzeCold, tempDir } from './incremental/support.js';

/** The risk fixture moved into `app/`, beside a file of the root, so that `app` is a subfolder of the repository. */
const IN_SUBFOLDER: Step[] = RISK_FIXTURE_STEPS.map((step) =>
  step.kind !== 'commit'
    ? step
    : {
        ...step,
        write: Object.fromEntries(Object.entries(step.write ?? {}).map(([path, lines]) => [`app/${path}`, lines])),
        rename: step.rename?.map(([from, to]): [string, string] => [`app/${from}`, `app/${to}`]),
      },
);

const repo = buildRepo(tempDir('subfolder'), [...IN_SUBFOLDER, { ...(IN_SUBFOLDER[0] as Extract<Step, { kind: 'commit' }>), write: { 'README.md': ['root'] }, message: 'Readme\n' }]);
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const run = async (dir: string) => (await analyzeCold(dir, null)).report;

describe('analyzing a subfolder of a repository', () => {
  it('gives each module the history it has when the whole repository is analyzed', async () => {
    const [whole, sub] = await Promise.all([run(repo), run(join(repo, 'app'))]);
    // the same ten modules, paths relative to app/
    expect(sub.modules.map((m) => `app/${m.path}`)).toEqual(whole.modules.map((m) => m.path));
    expect(sub.modules).toHaveLength(10);
    for (const module of sub.modules) {
      const same = whole.modules.find((m) => m.path === `app/${module.path}`);
      expect(module.history, module.path).not.toBeNull();
      expect(module.history, module.path).toEqual(same?.history);
    }
    const pairs = (r: typeof whole, strip: string) => r.coupling.map((c) => `${c.a.replace(strip, '')}|${c.b.replace(strip, '')}`).sort();
    expect(pairs(sub, '')).toEqual(pairs(whole, 'app/'));
  });
});
