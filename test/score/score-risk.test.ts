import { describe, expect, it } from 'vitest';
import { scoreRisk } from '../../analyzer/score/index.js';
import type { Risk } from '../../analyzer/score/model.js';
import { edge, file, graphOf, historyOf, metricsOf, mod, options, person } from './fixture.js';

const apps = Array.from({ length: 6 }, (_, i) => `src/app/a${i}.ts`);
const graph = graphOf(
  [
    mod('src/core/hub.ts'), mod('src/lib/shared.ts'), mod('src/leaf/orphan.ts'),
    ...apps.map((p) => mod(p)), mod('test/hub.test.ts', { test: true }),
  ],
  [
    ...apps.flatMap((a) => [edge(a, 'src/core/hub.ts'), edge(a, 'src/lib/shared.ts')]),
    edge('src/leaf/orphan.ts', 'src/core/hub.ts'),
    edge('test/hub.test.ts', 'src/core/hub.ts'),
  ],
);
const metrics = metricsOf(graph);
const alice = person('alice', false, '2023-01-01T00:00:00Z');
const history = historyOf(
  [alice, person('bob', true, '2024-05-20T00:00:00Z'), person('carol', true, '2024-05-25T00:00:00Z')],
  [
    // the unowned hub and the unowned leaf have identical ownership and churn
    file('src/core/hub.ts', { commits: 40, ai: 25, authors: [['alice', 6, true, false]] }),
    file('src/leaf/orphan.ts', { commits: 40, ai: 25, authors: [['alice', 6, true, false]] }),
    file('src/lib/shared.ts', { commits: 40, authors: [['bob', 5, true, true], ['carol', 5, true, true]] }),
    ...apps.map((p) => file(p, { commits: 3, authors: [['bob', 4, true, true]] })),
    file('test/hub.test.ts', { commits: 3, authors: [['bob', 4, true, true]] }),
  ],
);

function expectAdditive(risk: Risk): void {
  const total = risk.factors.reduce((s, f) => s + f.contribution, 0);
  expect(risk.score).not.toBeNull();
  expect(Math.abs(total - risk.score!)).toBeLessThanOrEqual(1e-12); // Shapley values: exact up to rounding
  expect(risk.score).toBeGreaterThanOrEqual(0);
  expect(risk.score).toBeLessThanOrEqual(1);
  for (const f of risk.factors) for (const x of [f.value, f.weight, f.contribution]) expect(Number.isFinite(x)).toBe(true);
}

describe('scoreRisk', () => {
  const result = scoreRisk({ graph, metrics, history, options: options() });
  const score = (p: string) => result.modules.get(p)!.score ?? Number.NaN;

  it('ranks the unowned hub first, above the owned hub and the unowned leaf', () => {
    const ranked = [...result.modules.entries()].sort((a, b) => score(b[0]) - score(a[0])).map(([p]) => p);
    expect(ranked[0]).toBe('src/core/hub.ts');
    expect(score('src/core/hub.ts')).toBeGreaterThan(score('src/lib/shared.ts'));
    expect(score('src/core/hub.ts')).toBeGreaterThan(score('src/leaf/orphan.ts'));
    expect(score('src/leaf/orphan.ts')).toBe(0);
    expect(score('test/hub.test.ts')).toBe(0);
  });

  it('ranks the area holding the unowned hub first among areas', () => {
    const ranked = [...result.areas].sort((a, b) => b.risk.score! - a.risk.score!).map((a) => a.path);
    expect(ranked[0]).toBe('src/core');
    expect(result.areas.find((a) => a.path === 'src/core')).toMatchObject({ blastRadius: 7, busFactor: 0, modules: 1, commits: 40 });
    expect(result.areas.find((a) => a.path === 'src/lib')).toMatchObject({ blastRadius: 6, busFactor: 2 });
  });

  it('has contributions adding up to the score for every module and area', () => {
    expect(result.modules.size).toBe(graph.modules.length);
    for (const risk of result.modules.values()) expectAdditive(risk);
    for (const area of result.areas) expectAdditive(area.risk);
  });

  it('gives an area to every directory and ancestor', () => {
    expect(result.areas.map((a) => a.path)).toEqual(['.', 'src', 'src/app', 'src/core', 'src/leaf', 'src/lib', 'test']);
    expect(result.areas.find((a) => a.path === '.')).toMatchObject({ modules: 10, testModules: 1, blastRadius: 0 });
  });

  it('explains the hub from its real figures', () => {
    const text = result.modules.get('src/core/hub.ts')!.explanation;
    expect(text).toContain('78 % of source modules (7 of 9) depend on it');
    expect(text).toContain("no active author (its main author Alice's last commit was 17 months ago)");
    expect(text).toContain('63 % of its 40 commits were AI-assisted');
    expect(text.endsWith('.')).toBe(true);
  });

  it('says when a departed main author shares a name with someone active', () => {
    const split = historyOf([...history.authors, person('alice-new', true, '2024-05-30T00:00:00Z', { name: 'Alice' })], [...history.files.values()]);
    const text = scoreRisk({ graph, metrics, history: split, options: options() }).modules.get('src/core/hub.ts')!.explanation;
    expect(text).toContain('someone active has the same name under another email, so .mailmap may miss an entry');
  });

  it('names the active person who changed a module but holds too little of it, when its authors left', () => {
    // bob (active) changed hub.ts with DOA 2, below the authorship threshold: not an author, but the one to ask
    const files = [...history.files.values()].map((f) => (f.path === 'src/core/hub.ts' ? file(f.path, { commits: 40, ai: 25, authors: [['alice', 6, true, false], ['bob', 2, false, true]] }) : f));
    const text = scoreRisk({ graph, metrics, history: historyOf(history.authors, files), options: options() }).modules.get('src/core/hub.ts')!.explanation;
    expect(text).toContain("no active author (its main author Alice's last commit was 17 months ago; Bob, active, has changed it but holds too little of it to count as an author)");
  });

  it('assigns levels from the configured thresholds', () => {
    const strict = scoreRisk({ graph, metrics, history, options: options({ score: { ...options().score, levels: { medium: 0.01, high: 0.02, critical: 0.03 } } }) });
    expect(strict.modules.get('src/core/hub.ts')!.level).toBe('critical');
    expect(strict.modules.get('src/leaf/orphan.ts')!.level).toBe('low');
  });

  it('gives no score and no level without history, and says so', () => {
    // Without history, ignorance is unknown: the hub nobody can be shown to know once scored 0.875
    // "on structure alone", ranked critical by exposure that is no risk by itself.
    const bare = scoreRisk({ graph, metrics, history: null, options: options() });
    for (const risk of bare.modules.values()) {
      expect(risk).toMatchObject({ score: null, level: null, factors: [] });
      expect(risk.explanation).toContain('no git history: structure only, no risk level');
    }
    expect(bare.modules.get('src/core/hub.ts')!.explanation).toBe('78 % of source modules (7 of 9) depend on it; no git history: structure only, no risk level.');
    for (const a of bare.areas) {
      expect(a.busFactor).toBeNull();
      expect(a.aiCommitRatio).toBeNull();
      expect(a.risk).toMatchObject({ score: null, level: null, factors: [] });
    }
    // the structure is still there for the report to show
    expect(bare.areas.find((a) => a.path === 'src/core')).toMatchObject({ blastRadius: 7, modules: 1 });
    expect(bare.areas.find((a) => a.path === 'src/core')!.risk.explanation).toBe('1 module; 78 % of source modules (7) outside it depend on it, 7 directly; no git history: structure only, no risk level.');
  });

  it('does not list active people as owners of an area whose bus factor is 0', () => {
    // Bob, active, authors one of the three files; Alice, gone, the other two: fewer than half of
    // the files have an active author, so the truck-factor greedy removes nobody.
    const mixed = graphOf([mod('src/mixed/a.ts'), mod('src/mixed/b.ts'), mod('src/mixed/c.ts'), mod('src/user.ts')],
      [edge('src/user.ts', 'src/mixed/a.ts'), edge('src/user.ts', 'src/mixed/b.ts')]);
    const h = historyOf([alice, person('bob', true, '2024-05-20T00:00:00Z')], [
      file('src/mixed/a.ts', { commits: 4, authors: [['bob', 5, true, true]] }),
      file('src/mixed/b.ts', { commits: 4, authors: [['alice', 5, true, false]] }),
      file('src/mixed/c.ts', { commits: 4, authors: [['alice', 5, true, false]] }),
      file('src/user.ts', { commits: 1, authors: [['bob', 4, true, true]] }),
    ]);
    const area = scoreRisk({ graph: mixed, metrics: metricsOf(mixed), history: h, options: options() }).areas.find((a) => a.path === 'src/mixed')!;
    expect(area.busFactor).toBe(0);
    expect(area.risk.explanation).toContain('bus factor 0: only 1 of its 3 files has an active author (Bob), fewer than half');
    expect(area.risk.explanation).not.toMatch(/bus factor 0 \(.*active\)/);
  });

  it('names who the bus factor counts when more people are active than it counts', () => {
    // Bob authors a and b, Carol c, both active: without Bob only 1 of 3 files has an active author,
    // fewer than half, so the bus factor is 1 although two people are active
    const shared = graphOf([mod('src/shared/a.ts'), mod('src/shared/b.ts'), mod('src/shared/c.ts'), mod('src/user.ts')],
      [edge('src/user.ts', 'src/shared/a.ts'), edge('src/user.ts', 'src/shared/c.ts')]);
    const h = historyOf([person('bob', true, '2024-05-20T00:00:00Z'), person('carol', true, '2024-05-21T00:00:00Z')], [
      file('src/shared/a.ts', { commits: 4, authors: [['bob', 5, true, true]] }),
      file('src/shared/b.ts', { commits: 4, authors: [['bob', 5, true, true]] }),
      file('src/shared/c.ts', { commits: 4, authors: [['carol', 5, true, true]] }),
      file('src/user.ts', { commits: 1, authors: [['bob', 4, true, true]] }),
    ]);
    const area = scoreRisk({ graph: shared, metrics: metricsOf(shared), history: h, options: options() }).areas.find((a) => a.path === 'src/shared')!;
    expect(area.busFactor).toBe(1);
    expect(area.risk.explanation).toContain('bus factor 1: without Bob, fewer than half of its files would have an active author (2 active: Bob, Carol)');
  });

  it('joins the people a bus factor of two counts with "and", so the list does not run into the clause after it', () => {
    // Bob authors a and b, Carol c and d, Dan e, all active: without Bob 3 of 5 files keep an active
    // author, without Carol too 1 of 5, fewer than half: bus factor 2 of 3 active
    const five = ['a', 'b', 'c', 'd', 'e'].map((n) => `src/five/${n}.ts`);
    const graph = graphOf([...five.map((p) => mod(p)), mod('src/user.ts')], [edge('src/user.ts', 'src/five/a.ts')]);
    const owner = (path: string, who: string) => file(path, { commits: 4, authors: [[who, 5, true, true]] });
    const h = historyOf([person('bob', true, '2024-05-20T00:00:00Z'), person('carol', true, '2024-05-21T00:00:00Z'), person('dan', true, '2024-05-22T00:00:00Z')], [
      owner(five[0]!, 'bob'), owner(five[1]!, 'bob'), owner(five[2]!, 'carol'), owner(five[3]!, 'carol'), owner(five[4]!, 'dan'), owner('src/user.ts', 'bob'),
    ]);
    const area = scoreRisk({ graph, metrics: metricsOf(graph), history: h, options: options() }).areas.find((a) => a.path === 'src/five')!;
    expect(area.busFactor).toBe(2);
    expect(area.risk.explanation).toContain('bus factor 2: without Bob and Carol, fewer than half of its files would have an active author (3 active: Bob, Carol, Dan)');
  });

  it('says "ever" of a file only agents touched when the whole history was read, and not otherwise', () => {
    const single = graphOf([mod('src/bot.ts'), mod('src/user.ts')], [edge('src/user.ts', 'src/bot.ts')]);
    const claude = person('claude', true, '2024-05-20T00:00:00Z', { kind: 'agent', tool: 'claude', name: 'Claude' });
    const files = [file('src/bot.ts', { commits: 3, authors: [['claude', 4, false, true]] }), file('src/user.ts', { commits: 1, authors: [['claude', 4, false, true]] })];
    const explain = (complete: boolean) => {
      const h = { ...historyOf([claude], files), complete };
      const result = scoreRisk({ graph: single, metrics: metricsOf(single), history: h, options: options() });
      const risk = result.modules.get('src/bot.ts')!;
      // people may commit to an area without any of them reaching authorship: "ever" is not for areas
      expect(result.areas.find((a) => a.path === 'src')!.risk.explanation).toContain('no person is an author of its files by degree of authorship');
      return [risk.explanation, risk.factors.find((f) => f.name === 'knowledgeLoss')!.detail];
    };
    expect(explain(true)).toEqual([
      expect.stringContaining('no active author: no person ever committed to it, every commit to it came from agents or bots'),
      'no person ever committed to it',
    ]);
    expect(explain(false)).toEqual([
      expect.stringContaining('no active author: no person committed to it in the history read, every commit read came from agents or bots'),
      'no person committed to it in the history read',
    ]);
  });

  it('puts one noun in the singular: "1 module", "1 source module ... depends"', () => {
    const pair = graphOf([mod('src/lib/x.ts'), mod('src/app/y.ts')], [edge('src/app/y.ts', 'src/lib/x.ts')]);
    const h = historyOf([alice], [file('src/lib/x.ts', { commits: 1, authors: [['alice', 4, true, false]] }), file('src/app/y.ts', { commits: 1, authors: [['alice', 4, true, false]] })]);
    const lib = scoreRisk({ graph: pair, metrics: metricsOf(pair), history: h, options: options() }).areas.find((a) => a.path === 'src/lib')!;
    expect(lib.risk.factors.find((f) => f.name === 'blastRadius')!.detail).toMatch(/^1 source module outside it depends on it /);
    expect(lib.risk.explanation).toMatch(/^1 module; /);
  });

  it('handles a one-module repository without dividing by zero', () => {
    const single = graphOf([mod('index.ts')], []);
    const r = scoreRisk({ graph: single, metrics: metricsOf(single), history: historyOf([], [file('index.ts', { commits: 1, authors: [] })]), options: options() });
    expect(r.modules.get('index.ts')!.score).toBe(0);
    expect(r.areas).toHaveLength(1);
    expect(r.areas[0]!.risk.score).toBe(0);
  });
});
