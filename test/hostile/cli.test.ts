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
  // a directory git does not know: all of it is analyzed, so the cache may not go there either
  const plain = join(box.root, 'plain');
  mkdirSync(plain);
  writeFileSync(join(plain, 'a.ts'), 'export const a = 1;\n');
  const cases: Array<[string, Sandbox, string[], RegExp]> = [
    ['a cache folder inside the analyzed repository', box, ['analyze', box.repo, '--cache-dir', join(box.repo, 'cache')], /^blastmap: the cache folder .*\/repo\/cache is inside the analyzed repository .*\/repo; pick another with --cache-dir, or use --no-cache\n$/],
    ['a cache folder inside an analyzed directory that is no git repository', box, ['analyze', plain, '--cache-dir', join(plain, 'cache')], /^blastmap: the cache folder .*\/plain\/cache is inside the analyzed directory .*\/plain; pick another with --cache-dir, or use --no-cache\n$/],
    ['an option value beginning with `-`', box, ['analyze', box.repo, '--out', '-x'], /^blastmap: --out needs a value, and '-x' looks like an option; to give a value that begins with '-', write --out=-x\n$/],
    ['an unknown option, run on from a known one', box, ['analyze', box.repo, '--output=x'], /^blastmap: unknown option '--output' for analyze \(did you mean --out\?\); see 'blastmap analyze --help'\n$/],
    ['an unknown option, a typo', box, ['analyze', box.repo, '--outt', 'x1'], /^blastmap: unknown option '--outt' for analyze \(did you mean --out\?\); see 'blastmap analyze --help'\n$/],
    ['an unknown option like no known one: no guess', box, ['analyze', box.repo, '--frobnicate'], /^blastmap: unknown option '--frobnicate' for analyze; see 'blastmap analyze --help'\n$/],
    ['an unknown short option in a group', box, ['analyze', box.repo, '-qZ'], /^blastmap: unknown option '-Z' for analyze; see/],
    ['an unknown option holding escape sequences and a newline', box, ['analyze', box.repo, '--o\u001b[2J\nut'], /^blastmap: unknown option '--o\\u001b\[2J\\u000aut' for analyze;/],
    ['an option after `--` is a path, not an option', box, ['analyze', '--out', box.out, '--', '--outt'], /^blastmap: no such directory: .*--outt\n$/],
    ['a negative number where a count goes', box, ['analyze', box.repo, '--activity-days', '-5'], /^blastmap: --activity-days takes a positive whole number, got '-5'\n$/],
    ['a negative number as a short option\'s value', box, ['analyze', box.repo, '--top', '-1', '-o', box.out], /^blastmap: --top takes a positive whole number, got '-1'\n$/],
    ['an option missing its value', box, ['analyze', box.repo, '--out', box.out, '--since'], /^blastmap: --since needs a value; see 'blastmap analyze --help'\n$/],
    ['a value given to a switch', box, ['analyze', box.repo, '--quiet=yes'], /^blastmap: --quiet takes no value, got '--quiet=yes'\n$/],
    ['a path beginning with `-` taken as options', box, ['analyze', '-c.ts'], /bad config .*\.ts: no such file/],
    ['an option where a date goes', box, ['analyze', box.repo, '--since=--all'], /--since takes an ISO date/],
    ['a day the calendar lacks, which Date would roll over', box, ['analyze', box.repo, '--since', '2026-02-30'], /^blastmap: --since takes an ISO date such as 2025-01-31, got '2026-02-30' \(February 2026 has days 01 to 28\)\n$/],
    ['a month the calendar lacks', box, ['analyze', box.repo, '--now', '2026-13-01'], /^blastmap: --now takes an ISO date such as 2025-01-31, got '2026-13-01' \(there is no month 13\)\n$/],
    ['a day the calendar lacks, with a time', box, ['analyze', box.repo, '--now', '2025-02-29T12:00:00Z'], /^blastmap: --now takes an ISO date .* \(February 2025 has days 01 to 28\)\n$/],
    ['a config whose since the calendar lacks', box, ['analyze', box.repo, '--config', config('april.json', '{ "since": "2025-04-31" }')], /^blastmap: .*april\.json: since takes an ISO date such as 2025-01-31, got '2025-04-31' \(April 2025 has days 01 to 30\)\n$/],
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

describe('every command that parses options: an unknown or bad one is one line, exit 2, naming that command', () => {
  const box = fresh('fatal-per-command');
  buildSmallHistory(box.repo);
  const cases: Array<[string[], RegExp]> = [
    [['codeowners', box.repo, '--toop', '3'], /^blastmap: unknown option '--toop' for codeowners \(did you mean --top\?\); see 'blastmap codeowners --help'\n$/],
    [['codeowners', box.repo, '--activity-days', '-5'], /^blastmap: --activity-days takes a positive whole number, got '-5'\n$/],
    [['audit', box.repo, '--answer', 'x'], /^blastmap: unknown option '--answer' for audit \(did you mean --answers\?\); see 'blastmap audit --help'\n$/],
    [['audit', box.repo, '--as'], /^blastmap: --as needs a value; see 'blastmap audit --help'\n$/],
    [['diff', 'a.json', 'b.json', '--fromat', 'json'], /^blastmap: unknown option '--fromat' for diff \(did you mean --format\?\); see 'blastmap diff --help'\n$/],
    [['diff', 'a.json', 'b.json', '--top', '-3'], /^blastmap: --top takes a positive whole number, got '-3'\n$/],
    [['review', box.repo, '--bse', 'main'], /^blastmap: unknown option '--bse' for review \(did you mean --base\?\); see 'blastmap review --help'\n$/],
    [['review', box.repo, '--base', 'HEAD', '--now', '-1'], /^blastmap: --now takes an ISO date such as 2025-01-31, got '-1'\n$/],
    [['review', box.repo, '--base', 'HEAD', '--since', '2026-02-30'], /^blastmap: --since takes an ISO date such as 2025-01-31, got '2026-02-30' \(February 2026 has days 01 to 28\)\n$/],
    [['codeowners', box.repo, '--now', '2023-02-29'], /^blastmap: --now takes an ISO date such as 2025-01-31, got '2023-02-29' \(February 2023 has days 01 to 28\)\n$/],
    [['audit', box.repo, '--date', '2025-06-31'], /^blastmap: --date takes a date such as 2025-01-31, got '2025-06-31' \(June 2025 has days 01 to 30\)\n$/],
    [['view', box.root, '--no-opn'], /^blastmap: unknown option '--no-opn' for view \(did you mean --no-open\?\); see 'blastmap view --help'\n$/],
    [['view', box.root, '--no-port'], /^blastmap: unknown option '--no-port' for view; see 'blastmap view --help'\n$/],
    [['view', box.root, '--open=no'], /^blastmap: --open takes no value, got '--open=no'\n$/],
  ];
  it.concurrent.each(cases)('%j', async (args, reason) => {
    const run = await runAnalyzeCli(args, { cwd: box.root, home: box.home, cacheHome: box.cache, timeoutMs: 30_000 });
    expect([run.status, run.timedOut]).toEqual([2, false]);
    expect(run.stderr).toMatch(reason);
  });
});
