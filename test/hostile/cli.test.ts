import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSmallHistory, checkoutDashBranch, DASH_REFS } from '../../scripts/fixtures/hostile/git-shapes.js';
import { analyzeHostile } from './support/contract.js';
import { expectFatal } from './support/fatal.js';
import { runAnalyzeCli } from './support/run-analyze.js';
import { sandbox, type Sandbox } from './support/sandbox.js';

const boxes: Sandbox[] = [];
const fresh = (name: string, repoName?: string): Sandbox => {
  const box = sandbox(name);
  boxes.push(box);
  if (repoName !== undefined) box.repo = join(box.root, repoName);
  return box;
};
afterAll(() => boxes.forEach((box) => box.dispose()));

describe.concurrent('arguments and refs that look like options', () => {
  it('HEAD on a branch named `--output=…` and a tag named `-c`: analyzed, names kept, nothing run', async () => {
    const box = fresh('dash-refs');
    checkoutDashBranch(buildSmallHistory(box.repo));
    const report = await analyzeHostile(box);
    expect(report.repo.branch).toBe(DASH_REFS.branch);
    expect(report.repo.commitsAnalyzed).toBe(4);
  });

  it('a repository path beginning with `-`, given after `--`', async () => {
    const box = fresh('dash-path', '-c.ts');
    buildSmallHistory(box.repo);
    const run = await runAnalyzeCli(['analyze', '--out', box.out, '--quiet', '--', '-c.ts'], { cwd: box.root, home: box.home, cacheHome: box.cache, timeoutMs: 30_000 });
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(existsSync(join(box.out, 'report.json'))).toBe(true);
  });

  it('an --out folder beginning with `-`, given as --out=-name', async () => {
    const box = fresh('dash-out');
    buildSmallHistory(box.repo);
    const run = await runAnalyzeCli(['analyze', box.repo, '--out=-report', '--quiet'], { cwd: box.root, home: box.home, cacheHome: box.cache, timeoutMs: 30_000 });
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(existsSync(join(box.root, '-report', 'report.json'))).toBe(true);
  });
});

describe('fatal arguments: one line, exit 2, nothing written', () => {
  const box = fresh('fatal-args');
  buildSmallHistory(box.repo);
  const inRepo = fresh('fatal-in-repo-config');
  writeFileSync(join(buildSmallHistory(inRepo.repo), 'blastmap.config.json'), '{,}');
  // every file a case needs exists before any case runs: they run side by side
  mkdirSync(join(box.root, 'configs'));
  const config = (name: string, text: string): string => {
    writeFileSync(join(box.root, 'configs', name), text);
    return join(box.root, 'configs', name);
  };
  const cases: Array<[string, Sandbox, string[], RegExp]> = [
    ['an option value beginning with `-`', box, ['analyze', box.repo, '--out', '-x'], /--out=-XYZ/],
    ['an unknown option', box, ['analyze', box.repo, '--output=x'], /Unknown option '--output'/],
    ['a path beginning with `-` taken as options', box, ['analyze', '-c.ts'], /bad config .*\.ts: no such file/],
    ['an option where a date goes', box, ['analyze', box.repo, '--since=--all'], /--since takes an ISO date/],
    ['a config that is not JSON', box, ['analyze', box.repo, '--config', config('broken.json', '{ "top": ')], /bad config .*broken\.json/],
    ['a config with a wrong type', box, ['analyze', box.repo, '--config', config('type.json', '{ "exclude": "src" }')], /\/exclude: must be array/],
    ['a config setting __proto__', box, ['analyze', box.repo, '--config', config('proto.json', '{ "__proto__": { "top": 1 } }')], /unknown key '__proto__'/],
    ['a config whose path holds a newline', box, ['analyze', box.repo, '--config', join(box.root, 'no\nsuch.json')], /bad config .*no such\.json: no such file/],
    ['a broken blastmap.config.json inside the repo', inRepo, ['analyze', inRepo.repo], /bad config .*blastmap\.config\.json/],
  ];
  it.concurrent.each(cases)('%s', async (_, where, args, reason) => {
    await expectFatal(where, args.includes('--out') ? args : [...args, '--out', where.out], reason);
  });
});
