/**
 * The degree-of-authorship rules of the report contract, one scripted history each, with the DOA
 * worked out by hand as Avelino et al.'s reference implementation (aserg-ufmg/Truck-Factor,
 * DOACalculator + AuthorshipInfo) counts it: the adding commit is first authorship only, a
 * deletion counts for nothing, whoever adds a file again gets first authorship, and a creator
 * needs no absolute DOA.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRepo, type Person, type Step } from '../../scripts/fixtures/history-fixture.js';
import type { HistoryModel } from '../../analyzer/history/model.js';
import { doa, idOf, mine } from './helpers.js';

const A: Person = { name: 'Ada Lovelace', email: 'ada@example.com' };
const B: Person = { name: 'Brian Kernighan', email: 'bk@example.com' };
const C: Person = { name: 'Cleo Park', email: 'cleo@example.com' };
const [ADA, BRIAN, CLEO] = [A, B, C].map((p) => idOf(p.email)) as [string, string, string];

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

let day = 0;
function commit(author: Person, change: Partial<Extract<Step, { kind: 'commit' }>>, message = 'change'): Step {
  day += 1;
  const date = new Date(Date.UTC(2024, 0, 1 + day, 12)).toISOString();
  return { kind: 'commit', date, author, message, ...change };
}

async function history(steps: Step[], options = {}): Promise<HistoryModel> {
  const dir = mkdtempSync(join(tmpdir(), 'blastmap-doa-'));
  dirs.push(dir);
  buildRepo(dir, steps);
  return (await mine(dir, options)).model;
}

const authorsOf = (model: HistoryModel, path: string) =>
  (model.files.get(path)?.authors ?? []).map((a) => ({ id: a.id, doa: +a.doa.toFixed(4), fa: a.firstAuthorship, dl: a.commits, author: a.isAuthor }));

describe('degree of authorship, rule by rule', () => {
  it('counts the commit that adds a file as first authorship only (the issue\'s worked example)', async () => {
    // A creates f, B changes it once. changes = 1.
    // A: FA=1 DL=0 AC=1 → 3.293+1.098−0.321·ln2 = 4.1685; B: DL=1 AC=0 → 3.293+0.164 = 3.457 = 83 % of A's: an author.
    // Counting the add as a change would give A DL=1 and B AC=1: B 3.234 < 3.293, not an author.
    const model = await history([commit(A, { write: { 'f.ts': ['1'] } }), commit(B, { write: { 'f.ts': ['1', '2'] } })]);
    expect(authorsOf(model, 'f.ts')).toEqual([
      { id: ADA, doa: +doa(1, 0, 1).toFixed(4), fa: true, dl: 0, author: true },
      { id: BRIAN, doa: 3.457, fa: false, dl: 1, author: true },
    ]);
    expect(doa(1, 0, 1)).toBeCloseTo(4.1685, 4);
  });

  it('needs no absolute DOA from the creator, only 75 % of the top', async () => {
    // A creates f; B changes it 7 times. changes = 7.
    // A: FA=1 AC=7 → 3.293+1.098−0.321·ln8 = 3.7235; B: DL=7 AC=0 → 3.293+1.148 = 4.441. A/B = 0.84: both authors.
    const steps = [commit(A, { write: { 'f.ts': ['0'] } })];
    for (let i = 1; i <= 7; i++) steps.push(commit(B, { write: { 'f.ts': [String(i)] } }));
    const early = await history(steps);
    expect(authorsOf(early, 'f.ts')).toEqual([
      { id: BRIAN, doa: +doa(0, 7, 0).toFixed(4), fa: false, dl: 7, author: true },
      { id: ADA, doa: +doa(1, 0, 7).toFixed(4), fa: true, dl: 0, author: true },
    ]);
    // A creator under 3.293: A creates g and changes it once, then a dependency bot changes it 50
    // times (bots are never authors, but their changes count in AC).
    const bot: Person = { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' };
    const lone = [commit(A, { write: { 'g.ts': ['0'] } }), commit(A, { write: { 'g.ts': ['a'] } })];
    for (let i = 1; i <= 50; i++) lone.push(commit(bot, { write: { 'g.ts': [`a${i}`] } }));
    const model = await history(lone);
    // A: FA=1 DL=1 AC=50 → 3.293+1.098+0.164−0.321·ln51 = 3.2929 (< 3.293), alone among humans: the author
    expect(doa(1, 1, 50)).toBeLessThan(3.293);
    expect(authorsOf(model, 'g.ts')).toEqual([{ id: ADA, doa: +doa(1, 1, 50).toFixed(4), fa: true, dl: 1, author: true }]);
    expect(model.files.get('g.ts')?.busFactor).toBe(1);
  });

  it('gives whoever adds a deleted file again first authorship, and counts the deletion for nothing', async () => {
    // A creates f, changes it twice, B deletes it, C adds it again and changes it once. changes = 3
    // (A's two, C's one). A: FA=1 DL=2 AC=1 → 3.293+1.098+0.328−0.2225 = 4.4965;
    // C: FA=1 DL=1 AC=2 → 3.293+1.098+0.164−0.321·ln3 = 4.2023 (0.93 of A's); B: nothing, not listed.
    const model = await history([
      commit(A, { write: { 'f.ts': ['1'] } }),
      commit(A, { write: { 'f.ts': ['2'] } }),
      commit(A, { write: { 'f.ts': ['3'] } }),
      commit(B, { remove: ['f.ts'], write: { 'other.ts': ['x'] } }),
      commit(C, { write: { 'f.ts': ['new'] } }),
      commit(C, { write: { 'f.ts': ['new', 'more'] } }),
    ]);
    expect(authorsOf(model, 'f.ts')).toEqual([
      { id: ADA, doa: +doa(1, 2, 1).toFixed(4), fa: true, dl: 2, author: true },
      { id: CLEO, doa: +doa(1, 1, 2).toFixed(4), fa: true, dl: 1, author: true },
    ]);
    expect(model.files.get('f.ts')?.createdBy).toBe(ADA);
  });

  it('follows renames: the creator of the old path is the creator, and the rename is a change', async () => {
    // A creates old.ts, B renames it to new.ts (a delivery of B's), C changes it. changes = 2.
    // A: FA=1 AC=2 → 3.293+1.098−0.321·ln3 = 4.0383; B: DL=1 AC=1 → 3.457−0.2225 = 3.2345 (< 3.293, no FA)
    const model = await history([
      commit(A, { write: { 'old.ts': ['export const x = 1;', 'a', 'b', 'c', 'd', 'e'] } }),
      commit(B, { rename: [['old.ts', 'new.ts']] }),
      commit(C, { write: { 'new.ts': ['export const x = 1;', 'a', 'b', 'c', 'd', 'e', 'f'] } }),
    ]);
    const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : 1);
    expect(authorsOf(model, 'new.ts').sort(byId)).toEqual([
      { id: ADA, doa: +doa(1, 0, 2).toFixed(4), fa: true, dl: 0, author: true },
      { id: BRIAN, doa: +doa(0, 1, 1).toFixed(4), fa: false, dl: 1, author: false },
      { id: CLEO, doa: +doa(0, 1, 1).toFixed(4), fa: false, dl: 1, author: false },
    ].sort(byId));
    expect(model.files.get('new.ts')).toMatchObject({ createdBy: ADA, formerPaths: ['old.ts'] });
  });
});

describe('people', () => {
  it('merges one full name under several addresses, lists the merge, and can be turned off', async () => {
    // Ada commits from work and from home; without a .mailmap git sees two people.
    const home: Person = { name: 'Ada  lovelace', email: 'ada@home.example' };
    const steps = [
      commit(A, { write: { 'f.ts': ['1'] } }),
      commit(A, { write: { 'f.ts': ['2'] } }),
      commit(home, { write: { 'f.ts': ['3'] } }),
      commit(B, { write: { 'g.ts': ['1'] } }),
    ];
    const merged = await history(steps, { now: '2024-03-01T00:00:00Z' });
    const ada = merged.authors.find((a) => a.id === ADA);
    expect(ada).toMatchObject({ commits: 3, aliases: [{ name: 'Ada  lovelace', email: 'ada@home.example', rule: 'same-name' }] });
    expect(merged.authors.filter((a) => a.kind === 'human')).toHaveLength(2);
    // one person: FA=1 DL=2 AC=0 → 3.293+1.098+0.328 = 4.719
    expect(authorsOf(merged, 'f.ts')).toEqual([{ id: ADA, doa: +doa(1, 2, 0).toFixed(4), fa: true, dl: 2, author: true }]);

    const apart = await history(steps, { now: '2024-03-01T00:00:00Z', mergeSameName: false });
    expect(apart.authors.filter((a) => a.kind === 'human')).toHaveLength(3);
    expect(apart.authors.every((a) => a.aliases.length === 0)).toBe(true);
    // two people: A FA=1 DL=1 AC=1 → 4.3325; home: DL=1 AC=1 → 3.2345
    expect(authorsOf(apart, 'f.ts').map((a) => a.doa)).toEqual([+doa(1, 1, 1).toFixed(4), +doa(0, 1, 1).toFixed(4)]);
  });

  it('never merges on a generic or single-word name', async () => {
    const steps = [
      commit({ name: 'root', email: 'root@a.example' }, { write: { 'a.ts': ['1'] } }),
      commit({ name: 'root', email: 'root@b.example' }, { write: { 'b.ts': ['1'] } }),
      commit({ name: 'dev', email: 'dev@a.example' }, { write: { 'c.ts': ['1'] } }),
      commit({ name: 'Dev', email: 'dev@b.example' }, { write: { 'd.ts': ['1'] } }),
      commit({ name: 'Your Name', email: 'you@a.example' }, { write: { 'e.ts': ['1'] } }),
      commit({ name: 'Your Name', email: 'you@b.example' }, { write: { 'f.ts': ['1'] } }),
    ];
    const model = await history(steps);
    expect(model.authors).toHaveLength(6);
    expect(model.authors.every((a) => a.aliases.length === 0)).toBe(true);
  });

  it('lists what .mailmap merged', async () => {
    const model = await history([
      commit(A, { write: { '.mailmap': ['Ada Lovelace <ada@example.com> <al@old.example>'] } }),
      commit({ name: 'al', email: 'al@old.example' }, { write: { 'f.ts': ['1'] } }),
    ]);
    expect(model.authors.find((a) => a.id === ADA)?.aliases).toEqual([{ name: 'al', email: 'al@old.example', rule: 'mailmap' }]);
  });
});
