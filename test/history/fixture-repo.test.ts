import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHistoryFixture } from '../../scripts/fixtures/history-fixture.js';
import type { HistoryModel } from '../../analyzer/history/model.js';
import type { WarningSink } from '../../analyzer/core/warnings.js';
import { doa, idOf, mine } from './helpers.js';

/*
 * The fixture (scripts/fixtures/history-fixture.ts), commit by commit. Dates are 2024, noon UTC.
 *   C1  01-10 Bob    add src/a.ts(3) src/b.ts(2) package.json(3) src/e.ts(1) .mailmap(1)
 *   C2  01-20 Bob    src/a.ts +2 -1
 *   C3  02-05 Alice  add src/c.ts(4), src/b.ts +1        AI: Co-authored-by Claude <noreply@anthropic.com>
 *   C4  03-01 Bob    rename src/a.ts → src/core/a.ts (0/0)
 *   C5  03-10 "Carol Chen (aider)" src/core/a.ts +3      AI: aider name suffix; still Carol's commit
 *   C6  04-01 dependabot[bot] package.json +1 -1         bot: neither AI nor author (but counts in AC)
 *   C7  04-10 Bob    delete src/e.ts                     Bob's last commit → departed
 *   C8  05-01 Alice  (branch) src/c.ts +2
 *   C9  05-02 dave <dave@old.example.com> src/b.ts +1 -1 → .mailmap: Dave Doe <dave@example.com>
 *   M   05-03 merge of the branch                        skipped
 *   C11 06-01 claude[bot] (committer GitHub) src/c.ts +5 -2, add assets/logo.png (binary: 0 lines)
 *                                                        AI: Claude GitHub app (author) + Claude Code (🤖 line)
 *   C12 07-01 Alice  squash: src/core/a.ts +1 -1, src/b.ts +1
 *                    AI: Co-authored-by google-labs-jules[bot] in an earlier paragraph; Erin (human) in trailers
 *   C13 08-01 Alice  add src/e.ts(2) again                same path: one file across delete and re-add
 *   C14 09-01 Alice  rename src/c.ts → src/lib/c.ts, src/b.ts → src/lib/b.ts (0/0)
 *   C15 09-15 Carol  add a new src/b.ts(3)                a new file at a renamed-away path: none of the old history
 *   C16 10-01 Alice  rename src/lib/c.ts → src/lib/c2.ts +1   AI: subject "aider: "
 *   C17 10-15 Alice  src/lib/b.ts +1   not AI: Assisted-by is not in the last paragraph; prose mentions Claude
 *   C18 12-01 Alice  src/core/a.ts +1                    AI: Assisted-by + Signed-off-by trailer block
 * now = HEAD's date 2024-12-01T12:00Z; active = committed after 2024-06-04T12:00Z (180 days):
 * Alice (12-01) and Carol (09-15) are active; Bob (04-10) and Dave (05-02) are not.
 */
const ALICE = idOf('alice@example.com');
const BOB = idOf('bob@example.com');
const CAROL = idOf('carol@example.com');
const DAVE = idOf('dave@example.com');

let dir: string;
let model: HistoryModel;
let warnings: WarningSink;
let progress: number[];

beforeAll(async () => {
  dir = buildHistoryFixture();
  ({ model, warnings, progress } = await mine(dir, { coupling: { minTogether: 2, minConfidence: 0.3, maxFilesPerCommit: 50 } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (path: string) => {
  const found = model.files.get(path);
  if (!found) throw new Error(`no history for ${path}`);
  return found;
};
const doaOf = (path: string, id: string): number | undefined => file(path).authors.find((a) => a.id === id)?.doa;

describe('history fixture: repo level', () => {
  it('reads every non-merge commit, with HEAD as now', () => {
    expect(warnings.items).toEqual([]);
    expect(model.available).toBe(true);
    expect(model.shallow).toBe(false);
    expect(model.branch).toBe('main');
    expect(model.commitsAnalyzed).toBe(17); // C1..C18 without the merge
    expect(model.now).toBe('2024-12-01T12:00:00.000Z');
    expect(model.firstCommitDate).toBe('2024-01-10T12:00:00.000Z');
    expect(model.lastCommitDate).toBe('2024-12-01T12:00:00.000Z');
    expect(progress.at(-1)).toBe(17);
  });

  it('lists every file at HEAD, and only those', () => {
    expect([...model.files.keys()].sort()).toEqual(
      ['.mailmap', 'assets/logo.png', 'package.json', 'src/b.ts', 'src/core/a.ts', 'src/e.ts', 'src/lib/b.ts', 'src/lib/c2.ts'],
    );
  });

  it('counts AI-assisted commits and says which rule matched', () => {
    // C3, C5, C11, C12, C16, C18
    expect(model.aiCommitRatio).toBeCloseTo(6 / 17, 10);
    expect(model.aiRuleCounts).toEqual({ 'Claude Code': 2, 'Claude GitHub app': 1, aider: 2, 'Google Jules': 1, 'AI policy trailer': 1 });
    expect(model.aiRuleMatches['aider: subject']).toBe(1);
    expect(model.aiRuleMatches['Claude Code: body line']).toBe(1);
    expect(model.aiRuleMatches['AI policy trailer: trailer Assisted-by']).toBe(1);
  });

  it('tells humans, agents and bots apart, by email after .mailmap', () => {
    const byName = Object.fromEntries(model.authors.map((a) => [a.name, a]));
    expect(Object.keys(byName).sort()).toEqual(['Alice Archer', 'Bob Builder', 'Carol Chen', 'Dave Doe', 'claude[bot]', 'dependabot[bot]']);
    // Alice: C3 C8 C12 C13 C14 C16 C17 C18; AI: C3 C12 C16 C18. The merge is not counted.
    expect(byName['Alice Archer']).toMatchObject({ id: ALICE, kind: 'human', commits: 8, aiCommits: 4, active: true, filesAuthored: 3 });
    expect(byName['Bob Builder']).toMatchObject({ id: BOB, kind: 'human', commits: 4, aiCommits: 0, active: false, filesAuthored: 5, lastCommit: '2024-04-10T12:00:00.000Z' });
    // "Carol Chen (aider)" and "Carol Chen" share an email: one person, shown without the suffix
    expect(byName['Carol Chen']).toMatchObject({ id: CAROL, kind: 'human', commits: 2, aiCommits: 1, active: true, filesAuthored: 1 });
    expect(byName['Dave Doe']).toMatchObject({ id: DAVE, email: 'dave@example.com', kind: 'human', commits: 1, active: false });
    expect(byName['claude[bot]']).toMatchObject({ kind: 'agent', tool: 'Claude GitHub app', commits: 1, aiCommits: 1, filesAuthored: 0 });
    expect(byName['dependabot[bot]']).toMatchObject({ kind: 'bot', tool: 'Dependabot', commits: 1, aiCommits: 0 });
    // Erin is only a co-author: a person in a trailer, not an author of commits
    expect(model.authors.some((a) => a.email === 'erin@example.com')).toBe(false);
  });

  it('computes the truck factor by removing top authors until under half the files are covered', () => {
    // authors by file: .mailmap{Bob} package.json{Bob} core/a{Bob} lib/b{Bob,Alice} src/b{Carol}
    // lib/c2{Alice} e{Bob,Alice} logo{} → 7/8 covered. Remove Bob (5 files): lib/b, src/b, lib/c2, e
    // left, 4/8 is not under 50 % → remove Alice (3 files): src/b left, 1/8 → stop. Truck factor 2.
    expect(model.truckFactor).toBe(2);
    expect(model.truckFactorAuthors).toEqual([BOB, ALICE]);
  });

  it('builds a monthly series with quiet months at zero', () => {
    expect(model.monthly.map((m) => [m.month, m.commits, m.aiCommits])).toEqual([
      ['2024-01', 2, 0], ['2024-02', 1, 1], ['2024-03', 2, 1], ['2024-04', 2, 0], ['2024-05', 2, 0], ['2024-06', 1, 1],
      ['2024-07', 1, 1], ['2024-08', 1, 0], ['2024-09', 2, 0], ['2024-10', 2, 1], ['2024-11', 0, 0], ['2024-12', 1, 1],
    ]);
    expect(model.monthly.find((m) => m.month === '2024-11')?.aiCommitRatio).toBeNull();
    expect(model.monthly.find((m) => m.month === '2024-03')?.aiCommitRatio).toBe(0.5);
  });

  it('finds files that change together', () => {
    // every one of the 17 commits touches a file at HEAD (C7 deletes e.ts, which came back).
    // lib/b & lib/c2: C3, C14 → 2; revisions 6 and 5 → confidence 2/5.
    // core/a & lib/b: C1, C12 → 2; revisions 6 and 6 → confidence 2/6.
    expect(model.couplingCommits).toBe(17);
    expect(model.coChanges).toEqual([
      { a: 'src/lib/b.ts', b: 'src/lib/c2.ts', together: 2, support: 2 / 17, confidence: 2 / 5 },
      { a: 'src/core/a.ts', b: 'src/lib/b.ts', together: 2, support: 2 / 17, confidence: 2 / 6 },
    ]);
  });
});

describe('history fixture: per file', () => {
  it('follows a rename back and splits DOA between creator and later hands (src/core/a.ts)', () => {
    // C1 +3, C2 +2-1, C4 0/0, C5 +3 (AI), C12 +1-1 (AI), C18 +1 (AI)
    expect(file('src/core/a.ts')).toMatchObject({ formerPaths: ['src/a.ts'], commits: 6, linesAdded: 10, linesDeleted: 2, aiCommits: 3, aiLinesAdded: 5, createdBy: BOB });
    // The adding commit C1 is first authorship only: changes are C2 C4 (the rename) C5 C12 C18 = 5.
    // Bob: FA=1 DL=2 AC=3 → 3.293+1.098+0.328−0.321·ln4 = 4.274
    // Alice: DL=2 AC=3 → 3.293+0.328−0.321·ln4 = 3.176 (< 3.293 and no FA: not an author)
    // Carol: DL=1 AC=4 → 3.293+0.164−0.321·ln5 = 2.940
    expect(doaOf('src/core/a.ts', BOB)).toBeCloseTo(4.274, 3);
    expect(doaOf('src/core/a.ts', ALICE)).toBeCloseTo(3.176, 3);
    expect(doaOf('src/core/a.ts', CAROL)).toBeCloseTo(2.940, 3);
    expect(doaOf('src/core/a.ts', BOB)).toBeCloseTo(doa(1, 2, 3), 10);
    expect(file('src/core/a.ts').authors.map((a) => [a.id, a.commits, a.firstAuthorship])).toEqual([[BOB, 2, true], [ALICE, 2, false], [CAROL, 1, false]]);
    expect(file('src/core/a.ts').authors.filter((a) => a.isAuthor).map((a) => a.id)).toEqual([BOB]);
    // the only author has left: bus factor 0, all the authorship is lost
    expect(file('src/core/a.ts').busFactor).toBe(0);
    expect(file('src/core/a.ts').knowledgeLoss).toBe(1);
    expect(file('src/core/a.ts').lastChange).toBe('2024-12-01T12:00:00.000Z');
  });

  it('gives a renamed file its old history and a file re-created at the old path none of it (src/lib/b.ts, src/b.ts)', () => {
    // src/lib/b.ts: C1 +2, C3 +1 (AI), C9 +1-1, C12 +1 (AI), C14 0/0, C17 +1
    expect(file('src/lib/b.ts')).toMatchObject({ formerPaths: ['src/b.ts'], commits: 6, linesAdded: 6, linesDeleted: 1, aiCommits: 2, aiLinesAdded: 2, createdBy: BOB });
    // changes: C3 C9 C12 C14 C17 = 5 (C1 adds it). Bob FA=1 DL=0 AC=5 → 3.293+1.098−0.321·ln6 = 3.816;
    // Alice DL=4 AC=1 → 3.293+0.656−0.321·ln2 = 3.7265 (0.98 of Bob's: author); Dave DL=1 AC=4 → 2.940
    expect(doaOf('src/lib/b.ts', BOB)).toBeCloseTo(3.816, 3);
    expect(doaOf('src/lib/b.ts', ALICE)).toBeCloseTo(3.7265, 4);
    expect(doaOf('src/lib/b.ts', DAVE)).toBeCloseTo(2.940, 3);
    expect(file('src/lib/b.ts').authors.filter((a) => a.isAuthor).map((a) => a.id).sort()).toEqual([ALICE, BOB].sort());
    expect(file('src/lib/b.ts').busFactor).toBe(1); // Alice
    // knowledge loss: Bob's share of the authors' DOA, 3.816 / (3.816 + 3.7265) = 0.506
    expect(file('src/lib/b.ts').knowledgeLoss).toBeCloseTo(doa(1, 0, 5) / (doa(1, 0, 5) + doa(0, 4, 1)), 10);
    // the new src/b.ts (C15, Carol): FA=1, no other commit → 3.293+1.098 = 4.391
    expect(file('src/b.ts')).toMatchObject({ formerPaths: [], commits: 1, linesAdded: 3, linesDeleted: 0, busFactor: 1, knowledgeLoss: 0, createdBy: CAROL });
    expect(doaOf('src/b.ts', CAROL)).toBeCloseTo(4.391, 3);
  });

  it('follows a rename chain and leaves agents out of the authors (src/lib/c2.ts)', () => {
    // C3 +4 (AI), C8 +2, C11 +5-2 (AI, claude[bot]), C14 0/0, C16 +1 (AI)
    expect(file('src/lib/c2.ts')).toMatchObject({ formerPaths: ['src/lib/c.ts', 'src/c.ts'], commits: 5, linesAdded: 12, linesDeleted: 2, aiCommits: 3, aiLinesAdded: 10, createdBy: ALICE });
    // Alice FA=1 (C3 adds src/c.ts) DL=3 (C8 C14 C16) AC=1 (claude[bot]'s commit) → 3.293+1.098+0.492−0.321·ln2 = 4.6605
    expect(file('src/lib/c2.ts').authors.map((a) => [a.id, a.commits])).toEqual([[ALICE, 3]]);
    expect(doaOf('src/lib/c2.ts', ALICE)).toBeCloseTo(4.6605, 4);
    expect(file('src/lib/c2.ts').busFactor).toBe(1);
  });

  it('keeps a deleted and re-added path one file (src/e.ts) and counts binary changes as 0 lines (assets/logo.png)', () => {
    // C1 Bob adds it (+1), C7 Bob deletes it (−1), C13 Alice adds it again (+2). Adding is first
    // authorship only and a deletion is no change: Bob FA=1 → 4.391; Alice added it again after the
    // deletion, FA=1 → 4.391. Both are authors; Bob has left, Alice is active: bus factor 1, half lost.
    expect(file('src/e.ts')).toMatchObject({ commits: 3, linesAdded: 3, linesDeleted: 1, createdBy: BOB, busFactor: 1, knowledgeLoss: 0.5 });
    expect(doaOf('src/e.ts', BOB)).toBeCloseTo(4.391, 4);
    expect(doaOf('src/e.ts', ALICE)).toBeCloseTo(4.391, 4);
    expect(file('src/e.ts').authors.map((a) => [a.id, a.commits, a.firstAuthorship, a.isAuthor]).sort()).toEqual([[ALICE, 0, true, true], [BOB, 0, true, true]].sort());
    expect(file('assets/logo.png')).toMatchObject({ commits: 1, linesAdded: 0, linesDeleted: 0, aiCommits: 1, busFactor: 0, knowledgeLoss: null, lastHumanChange: null, authors: [] });
    expect(file('assets/logo.png').createdBy).toBe(model.authors.find((a) => a.name === 'claude[bot]')?.id);
  });

  it('keeps a bot out of the authors but counts its commit for the others (package.json)', () => {
    // C1 Bob adds it (+3), C6 dependabot +1-1 → Bob FA=1 DL=0 AC=1: 3.293+1.098−0.321·ln2 = 4.1685
    expect(file('package.json')).toMatchObject({ commits: 2, linesAdded: 4, linesDeleted: 1, aiCommits: 0, lastChange: '2024-04-01T12:00:00.000Z', lastHumanChange: '2024-01-10T12:00:00.000Z' });
    expect(file('package.json').authors.map((a) => a.id)).toEqual([BOB]);
    expect(doaOf('package.json', BOB)).toBeCloseTo(4.1685, 4);
  });
});

describe('history fixture: options', () => {
  it('narrows commit and churn figures with --since but keeps authorship whole', async () => {
    const { model: since } = await mine(dir, { since: '2024-06-01T00:00:00Z' });
    // window: C11..C18 (8 commits), of which AI: C11 C12 C16 C18
    expect(since.commitsAnalyzed).toBe(8);
    expect(since.aiCommitRatio).toBe(4 / 8);
    // src/core/a.ts in the window: C12 +1-1 (AI), C18 +1 (AI)
    expect(since.files.get('src/core/a.ts')).toMatchObject({ commits: 2, linesAdded: 2, linesDeleted: 1, aiCommits: 2, aiLinesAdded: 2, busFactor: 0, createdBy: BOB });
    expect(since.files.get('src/core/a.ts')?.authors.find((a) => a.id === BOB)?.doa).toBeCloseTo(4.274, 3);
    expect(since.truckFactor).toBe(2);
    expect(since.monthly[0]?.month).toBe('2024-06');
  });

  it('takes --now for activity, so a report can be reproduced', async () => {
    // with now = 2024-05-10, Bob (04-10) and Dave (05-02) are active again
    const { model: then, warnings: early } = await mine(dir, { now: '2024-05-10T00:00:00Z' });
    expect(then.now).toBe('2024-05-10T00:00:00.000Z');
    // C13–C18 come after that "now" and still count: the report says so
    expect(early.items.filter((w) => w.code === 'now-before-commits').map((w) => w.message)).toEqual([
      '--now 2024-05-10T00:00:00.000Z is before the newest commit read (2024-12-01T12:00:00.000Z): commits after it still count, and their authors as active',
    ]);
    const { warnings: atHead } = await mine(dir, { now: '2024-12-01T12:00:00Z' });
    expect(atHead.items.some((w) => w.code === 'now-before-commits')).toBe(false);
    expect(warnings.items.some((w) => w.code === 'now-before-commits')).toBe(false);
    expect(then.authors.find((a) => a.id === BOB)?.active).toBe(true);
    expect(then.files.get('src/core/a.ts')?.busFactor).toBe(1);
    expect(then.files.get('src/core/a.ts')?.knowledgeLoss).toBe(0);
  });

  it('leaves commits touching too many files out of coupling', async () => {
    // maxFilesPerCommit 3 drops C1 (5 files at HEAD): core/a & lib/b fall to 1; lib/b & lib/c2 stay (2/5)
    const { model: narrow } = await mine(dir, { coupling: { minTogether: 2, minConfidence: 0.3, maxFilesPerCommit: 3 } });
    expect(narrow.couplingCommits).toBe(16);
    expect(narrow.coChanges).toEqual([{ a: 'src/lib/b.ts', b: 'src/lib/c2.ts', together: 2, support: 2 / 16, confidence: 2 / 5 }]);
  });
});
