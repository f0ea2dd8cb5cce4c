import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../analyzer/core/options.js';
import type { ReviewConfig } from '../../analyzer/core/review-options-schema.js';
import { runReview, type ReviewOutcome } from '../../analyzer/review/index.js';
import { oracleEdges } from '../../scripts/oracle/ts-edges.js';
import { writeReviewFixture, type Branch, type FixtureGit } from '../../scripts/fixtures/review-fixture.js';
import { runCli } from '../support/run-cli.js';

let repo: FixtureGit;
let baseDir: string;
/** each case runs the CLI or the whole pipeline: minutes on a busy 2-core machine, never a timing check */
const LONG = 600_000;
const scratch = mkdtempSync(path.join(tmpdir(), 'blastmap-review-test-'));

beforeAll(() => {
  repo = writeReviewFixture();
  // the base side for the oracle: main checked out in a clone of its own
  baseDir = path.join(scratch, 'base');
  execFileSync('git', ['clone', '-q', '--no-hardlinks', repo.dir, baseDir], { stdio: 'ignore' });
});
afterAll(() => {
  rmSync(repo.dir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

/** the thresholds this small repository needs (its hub has a blast radius of 3) */
const CONFIG: ReviewConfig = { aiBlastRadius: 2, hubBlastRadius: 2, rules: { 'ai-change-unexplained': { paths: ['src/core/**'] } } };

async function review(branch: Branch, extra: { description?: string | null; baseline?: Set<string>; config?: ReviewConfig; levels?: typeof DEFAULT_OPTIONS.score.levels } = {}): Promise<ReviewOutcome> {
  repo.git(['checkout', '-q', branch]);
  const score = { ...DEFAULT_OPTIONS.score, levels: extra.levels ?? DEFAULT_OPTIONS.score.levels };
  return runReview({
    dir: repo.dir,
    baseRef: 'main',
    headRef: 'HEAD',
    options: { ...DEFAULT_OPTIONS, score, cacheDir: null },
    review: extra.config ?? CONFIG,
    description: extra.description ?? null,
    baseline: extra.baseline ?? new Set(),
  });
}

/** TypeScript's resolver over the checked-out files; affected computed here by walking its edges backwards. */
function oracleAffected(headDir: string, changed: Array<{ path: string; status: string; from: string | null }>): string[] {
  const files = (dir: string): string[] => execFileSync('git', ['ls-files', '-z', '--', '*.ts'], { cwd: dir, encoding: 'utf8' }).split('\0').filter(Boolean);
  const isSource = (p: string): boolean => p.startsWith('src/');
  const reachers = (dir: string, targets: string[]): Set<string> => {
    const { edges } = oracleEdges(dir, files(dir));
    const importers = new Map<string, string[]>();
    for (const e of edges) {
      const [s, t] = e.split('\0') as [string, string];
      importers.set(t, [...(importers.get(t) ?? []), s]);
    }
    const seen = new Set<string>();
    const walk = (t: string): void => {
      for (const s of importers.get(t) ?? []) if (!seen.has(s)) (seen.add(s), walk(s));
    };
    targets.forEach(walk);
    return seen;
  };
  const out = new Set<string>();
  for (const p of reachers(headDir, changed.filter((c) => c.status !== 'deleted').map((c) => c.path))) out.add(p);
  for (const p of reachers(baseDir, changed.filter((c) => c.status === 'deleted').map((c) => c.path))) out.add(p);
  for (const c of changed) {
    out.delete(c.path);
    if (c.from) out.delete(c.from);
  }
  return [...out].filter(isSource).sort();
}

const rulesOf = (o: ReviewOutcome) => o.json.findings.map((f) => `${f.level} ${f.rule} ${f.path}`);

describe('blastmap review on the scripted fixture', () => {
  it('an AI-assisted change to the hub, unexplained: the changed file, what depends on it, an error that fails the gate', async () => {
    const o = await review('ai-hub');
    expect(o.json.changed).toEqual([{ path: 'src/core/hub.ts', status: 'modified', from: null }]);
    expect(o.json.affected).toEqual(oracleAffected(repo.dir, o.json.changed));
    expect(o.json.affected).toEqual(['src/a.ts', 'src/b.ts', 'src/c.ts']);
    expect(rulesOf(o)).toEqual(['error ai-change-unexplained src/core/hub.ts']);
    expect(o.json.findings[0]?.message).toContain('Claude Code');
    expect(o.json.gate).toEqual({ passed: false, failed: ['ai-change-unexplained'] });
    expect(o.json.commits).toEqual({ total: 1, aiAssisted: 1 });
    expect(o.json.ask.modules).toEqual([{ path: 'src/core/hub.ts', authors: ['Alice Active'], declared: [] }]);
  }, LONG);

  it('the same change explained in the pull request description, or in a commit message, passes', async () => {
    const described = await review('ai-hub', { description: '<!-- template -->\n## Why\nThe hub value was read in two places.\n\n## Tests\n' });
    expect(described.json.findings).toEqual([]);
    expect(described.json.explanation).toBe('the pull request description');
    expect(described.json.gate.passed).toBe(true);
    const onlyPrompt = await review('ai-hub', { description: '## Why\n<!-- say why -->\n## Tests\nran them' });
    expect(rulesOf(onlyPrompt)).toEqual(['error ai-change-unexplained src/core/hub.ts']);
    const inCommit = await review('explained');
    expect(inCommit.json.findings).toEqual([]);
    expect(inCommit.json.explanation).toMatch(/^commit [0-9a-f]{7}$/);
  }, LONG);

  it('a new import cycle is a warning on the file that closed it; the gate passes by default', async () => {
    const o = await review('cycle-add');
    expect(o.json.affected).toEqual(oracleAffected(repo.dir, o.json.changed));
    expect(rulesOf(o)).toEqual(['warning new-cycle src/core/util.ts']);
    expect(o.json.findings[0]?.message).toContain('2 modules');
    expect(o.json.gate.passed).toBe(true);
  }, LONG);

  it('a broken cycle is said as a note', async () => {
    const o = await review('cycle-break');
    expect(rulesOf(o)).toEqual(['note cycle-removed src/y.ts']);
  }, LONG);

  it('a rename and a deletion: changed with the old name; affected from head for the rename and from base for the deletion', async () => {
    const o = await review('rename-delete');
    expect(o.json.changed).toEqual([
      { path: 'src/b2.ts', status: 'renamed', from: 'src/b.ts' },
      { path: 'src/c.ts', status: 'modified', from: null },
      { path: 'src/old.ts', status: 'deleted', from: null },
    ]);
    expect(o.json.affected).toEqual(oracleAffected(repo.dir, o.json.changed));
    expect(o.json.affected).toEqual(['src/uses-old.ts']);
    // the importer of b follows the rename: no edge is new, no cycle, nothing to say
    expect(rulesOf(o)).toEqual([]);
  }, LONG);

  it('a file changed without its hidden co-change partner', async () => {
    const o = await review('co-change');
    expect(rulesOf(o)).toEqual(['warning co-change-missing src/p.ts']);
    expect(o.json.findings[0]?.message).toContain('`src/q.ts`');
    // the commit that added both, and the five that changed both
    expect(o.json.findings[0]?.message).toContain('6 times');
  }, LONG);

  it("an agent's commits push the last active author below the DOA threshold: made-unowned, naming her", async () => {
    // worked out by hand: before, Dave (creator, inactive) 3.293+1.098−0.321·ln 3 = 4.038 and Bob (2 commits, active)
    // 3.293+0.328 = 3.621 (ratio 0.90: an author); after 3 agent commits Bob has 3.621−0.321·ln 4 = 3.176 < 3.293
    const o = await review('unown', { config: { ...CONFIG, hubBlastRadius: 0 } });
    expect(rulesOf(o)).toEqual(['warning made-unowned src/owned.ts']);
    expect(o.json.findings[0]?.message).toContain('Bob Recent');
  }, LONG);

  it('an unowned hub gains an active author: a note', async () => {
    // before: Dave alone, inactive; after Bob's commit 3.457 against Dave's 4.391−0.321·ln 2 = 4.168 (ratio 0.83)
    const o = await review('gain');
    expect(rulesOf(o)).toEqual(['note unowned-hub-gains-author src/core/lonely.ts']);
    expect(o.json.findings[0]?.message).toContain('Bob Recent');
  }, LONG);

  it('a module of a low-risk area now imports a critical module of another', async () => {
    // the levels are set from this repository's own scores, so that lonely.ts is critical and the leaf's area low
    const first = await review('critical-dep');
    const target = first.headReport.modules.find((m) => m.path === 'src/core/lonely.ts')?.risk.score as number;
    const leafArea = first.headReport.areas.find((a) => a.path === 'src/leaf')?.risk.score as number;
    expect(target).toBeGreaterThan(leafArea);
    const levels = { medium: leafArea + (target - leafArea) / 3, high: leafArea + (target - leafArea) / 2, critical: target };
    const o = await review('critical-dep', { levels });
    expect(rulesOf(o)).toEqual(['warning critical-dependency src/leaf/leaf.ts']);
    expect(o.json.findings[0]?.message).toContain('`src/core/lonely.ts`');
    expect(o.json.affected).toEqual(oracleAffected(repo.dir, o.json.changed));
    // the same import with the levels where lonely.ts is not critical: nothing to say
    const calm = await review('critical-dep', { levels: { medium: 0.97, high: 0.98, critical: 0.99 } });
    expect(calm.json.findings).toEqual([]);
  }, LONG);

  it('the config turns a rule off, changes its level and scopes it to paths', async () => {
    const off = await review('cycle-add', { config: { ...CONFIG, rules: { 'new-cycle': { level: 'off' } } } });
    expect(off.json.findings).toEqual([]);
    const error = await review('cycle-add', { config: { ...CONFIG, rules: { 'new-cycle': { level: 'error' } } } });
    expect(error.json.gate).toEqual({ passed: false, failed: ['new-cycle'] });
    const elsewhere = await review('cycle-add', { config: { ...CONFIG, rules: { 'new-cycle': { level: 'error', paths: ['lib/**'] } } } });
    expect(elsewhere.json.findings).toEqual([]);
  }, LONG);
});

describe('the gate is the merge-base\'s, through the CLI', () => {
  it('a change that brings a config switching its rule off still fails', () => {
    // at the merge-base, the repository's config makes the hub (blast radius 3) count
    repo.git(['checkout', '-q', '-b', 'main-with-config', 'main']);
    const alice = { name: 'Alice Active', email: 'alice@example.com' };
    repo.commit(alice, '2025-06-01T12:00:00Z', 'gate config', { 'blastmap.config.json': JSON.stringify({ review: { aiBlastRadius: 2 } }) });
    // the change switches the rule off in the same file, with an unexplained AI-assisted change to the hub
    repo.git(['checkout', '-q', '-b', 'loosen-gate', 'main-with-config']);
    repo.commit(alice, '2025-07-01T12:00:00Z', 'hub and config\n\nCo-authored-by: Claude <noreply@anthropic.com>', {
      'src/core/hub.ts': "export const v = 'hub-4';\n",
      'blastmap.config.json': JSON.stringify({ review: { aiBlastRadius: 2, rules: { 'ai-change-unexplained': { level: 'off' } } } }),
    });
    const run = runCli(['review', repo.dir, '--base', 'main-with-config', '--no-cache', '-q', '-f', 'json']);
    expect(run.status, run.stderr).toBe(1);
    expect(JSON.parse(run.stdout).gate.failed).toEqual(['ai-change-unexplained']);
    // named with --config, the file is the user's word
    const named = runCli(['review', repo.dir, '--base', 'main-with-config', '--config', path.join(repo.dir, 'blastmap.config.json'), '--no-cache', '-q', '-f', 'json']);
    expect(named.status, named.stderr).toBe(0);
  }, LONG);
});

describe('the baseline ratchet, through the CLI', () => {
  it('writes the findings, then passes on them, and fails again on a new one', () => {
    repo.git(['checkout', '-q', 'ai-hub']);
    const config = path.join(scratch, 'config.json');
    writeFileSync(config, JSON.stringify({ review: CONFIG }));
    const baseline = path.join(scratch, 'baseline.json');
    const args = ['review', repo.dir, '--base', 'main', '--config', config, '--no-cache', '-q', '-f', 'json'];
    const failing = runCli(args);
    expect(failing.status).toBe(1);
    const written = runCli([...args, '--write-baseline', baseline]);
    expect(written.status).toBe(0);
    expect(JSON.parse(readFileSync(baseline, 'utf8')).findings).toEqual([{ rule: 'ai-change-unexplained', path: 'src/core/hub.ts', key: '' }]);
    const known = runCli([...args, '--baseline', baseline]);
    expect(known.status).toBe(0);
    expect(JSON.parse(known.stdout).findings[0].baseline).toBe(true);
    // a second AI-assisted commit on another hub file: a finding the baseline does not know
    repo.git(['checkout', '-q', '-b', 'ai-hub-more', 'ai-hub']);
    repo.commit({ name: 'Alice Active', email: 'alice@example.com' }, '2025-07-02T12:00:00Z', 'lonely too\n\nCo-authored-by: Claude <noreply@anthropic.com>', { 'src/core/lonely.ts': "export const v = 'lonely-ai';\n" });
    const more = runCli([...args, '--baseline', baseline]);
    expect(more.status).toBe(1);
    const findings = JSON.parse(more.stdout).findings as Array<{ rule: string; path: string; baseline: boolean }>;
    // lonely.ts had no active author (Dave left): Alice's commit makes her one, a note
    expect(findings.map((f) => [f.rule, f.path, f.baseline])).toEqual([
      ['ai-change-unexplained', 'src/core/hub.ts', true],
      ['ai-change-unexplained', 'src/core/lonely.ts', false],
      ['unowned-hub-gains-author', 'src/core/lonely.ts', false],
    ]);
    expect(JSON.parse(more.stdout).gate).toEqual({ passed: false, failed: ['ai-change-unexplained'] });
  }, LONG);
});
