import { describe, expect, it } from 'vitest';
import { parseNameStatus } from '../../analyzer/review/changed-files.js';
import { bodyExplains, commitExplains } from '../../analyzer/review/explanation.js';
import { affectedModules, cyclesNotIn } from '../../analyzer/review/graph-compare.js';
import { activeAuthorsBefore } from '../../analyzer/review/ownership-before.js';
import { firstTouched } from '../../analyzer/review/touched-lines.js';
import type { ModuleHistoryFigures } from '../../analyzer/report/schema/index.js';

describe('changed files from git diff --name-status -M -z', () => {
  it('reads statuses, renames with their old name, and keeps TS/JS files only', () => {
    const text = ['M', 'src/a.ts', 'A', 'src/new\nline.ts', 'D', 'README.md', 'R087', 'src/old.ts', 'src/moved.ts', 'R100', 'notes.txt', 'src/was-text.ts', 'C075', 'src/a.ts', 'src/copy.ts', 'T', 'src/link.js', ''].join('\0');
    expect(parseNameStatus(text)).toEqual([
      { path: 'src/a.ts', status: 'modified', from: null },
      { path: 'src/copy.ts', status: 'added', from: null },
      { path: 'src/link.js', status: 'modified', from: null },
      { path: 'src/moved.ts', status: 'renamed', from: 'src/old.ts' },
      { path: 'src/new\nline.ts', status: 'added', from: null },
      { path: 'src/was-text.ts', status: 'added', from: null },
    ]);
  });
});

describe('the explanation section', () => {
  it('a heading with content, up to the next heading of its level; comments are not content', () => {
    expect(bodyExplains('Intro\n\n## Why\nBecause.\n', '## Why')).toBe(true);
    expect(bodyExplains('## why ##\r\nBecause.\r\n', '## Why')).toBe(true);
    expect(bodyExplains('## Why\n\n## How\nlike this', '## Why')).toBe(false);
    expect(bodyExplains('## Why\n<!-- tell us why -->\n## How\nx', '## Why')).toBe(false);
    expect(bodyExplains('## Why\n### Details\nthe reason', '## Why')).toBe(true);
    expect(bodyExplains('### Why\nnot this level', '## Why')).toBe(false);
    expect(bodyExplains('We did it. Why not.', '## Why')).toBe(false);
  });

  it('in a commit message, a paragraph starting with the heading words', () => {
    expect(commitExplains('fix: x\n\nWhy: the cache kept stale entries.', '## Why')).toBe(true);
    expect(commitExplains('fix: x\n\nWhy\nthe cache kept stale entries.', '## Why')).toBe(true);
    expect(commitExplains('fix: x\n\nWhy:\n\nCo-authored-by: Claude <noreply@anthropic.com>', '## Why')).toBe(false);
    expect(commitExplains('fix: why the cache broke', '## Why')).toBe(false);
    expect(commitExplains('feat\n\nRationale: speed', '## Rationale')).toBe(true);
  });
});

describe('where the diff touched a file', () => {
  it('the first hunk of -U0 on the new side; a pure deletion at the line after which it was', () => {
    expect(firstTouched('diff --git a/x b/x\n@@ -3,2 +3,4 @@ f\n+a\n@@ -10 +12 @@\n')).toEqual({ start: 3, end: 6 });
    expect(firstTouched('@@ -5 +5 @@\n')).toEqual({ start: 5, end: 5 });
    expect(firstTouched('@@ -4,3 +3,0 @@\n')).toEqual({ start: 3, end: 3 });
    expect(firstTouched('@@ -1,3 +0,0 @@\n')).toEqual({ start: 1, end: 1 });
    expect(firstTouched('similarity index 100%\nrename from a\nrename to b\n')).toBeNull();
  });
});

describe('affected modules and cycles, on hand-made graphs', () => {
  const m = (path: string, kind = 'source') => ({ path, kind });
  it('source modules reaching a changed one on head, and a deleted one on base, changed ones left out', () => {
    const head = { modules: [m('a'), m('b'), m('c'), m('t', 'test'), m('e', 'example'), m('f')], edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }, { source: 't', target: 'c' }, { source: 'e', target: 'c' }, { source: 'f', target: 'e' }] };
    const base = { modules: [m('g'), m('h'), m('gone')], edges: [{ source: 'g', target: 'gone' }, { source: 'h', target: 'g' }] };
    const changed = [
      { path: 'c', status: 'modified' as const, from: null },
      { path: 'b', status: 'renamed' as const, from: 'b-old' },
      { path: 'gone', status: 'deleted' as const, from: null },
    ];
    // f reaches c through the example e: f counts (source), e and t do not (not source)
    expect(affectedModules(head, base, changed)).toEqual(['a', 'f', 'g', 'h']);
  });

  it('a cycle is new when its members were not all in one cycle before, renames followed', () => {
    expect(cyclesNotIn([['a', 'b']], [['a', 'b']])).toEqual([]);
    expect(cyclesNotIn([['a', 'b', 'c']], [['a', 'b']])).toEqual([['a', 'b', 'c']]);
    expect(cyclesNotIn([['a', 'b2']], [['a', 'b']], (p) => (p === 'b2' ? 'b' : p))).toEqual([]);
    expect(cyclesNotIn([['s']], [])).toEqual([['s']]);
  });
});

describe('active authors before the change, worked back from head', () => {
  const doa = (fa: boolean, dl: number, ac: number): number => 3.293 + 1.098 * (fa ? 1 : 0) + 0.164 * dl - 0.321 * Math.log(1 + ac);
  const history = (authors: Array<{ id: string; fa: boolean; dl: number; active: boolean }>, changes: number): ModuleHistoryFigures =>
    ({
      authors: authors.map((a) => ({ id: a.id, doa: doa(a.fa, a.dl, changes - a.dl), commits: a.dl, firstAuthorship: a.fa, isAuthor: false, active: a.active })),
    }) as unknown as ModuleHistoryFigures;

  it('an agent pushed Bob below the threshold: he was an author before its three commits', () => {
    // head: Dave created it (inactive), Bob 2 commits, an agent 3: 5 non-adding commits
    const h = history([{ id: 'dave', fa: true, dl: 0, active: false }, { id: 'bob', fa: false, dl: 2, active: true }], 5);
    expect(activeAuthorsBefore(h, [{ authorId: null }, { authorId: null }, { authorId: null }])).toEqual(['bob']);
    // with the agent's commits counted as before the change, Bob is no author
    expect(activeAuthorsBefore(h, [])).toEqual([]);
  });

  it('someone whose only commits are the change had no authorship before it', () => {
    const h = history([{ id: 'dave', fa: true, dl: 0, active: false }, { id: 'bob', fa: false, dl: 1, active: true }], 1);
    expect(activeAuthorsBefore(h, [{ authorId: 'bob' }])).toEqual([]);
  });
});

describe('co-change-missing and a sweep', () => {
  it('is said of a change of a few files, not of one of more than coupling.maxFilesPerCommit', async () => {
    const { findChanges } = await import('../../analyzer/review/rules.js');
    const { resolveReviewConfig } = await import('../../analyzer/review/review-config.js');
    const module = (path: string) => ({ path, kind: 'source', area: 'src', graph: { blastRadius: 0 }, history: null, risk: { score: 0.1, level: 'low' } });
    const others = Array.from({ length: 5 }, (_, i) => `src/other${i}.ts`);
    const report = {
      modules: [module('src/p.ts'), module('src/q.ts'), ...others.map(module)],
      edges: [],
      areas: [],
      authors: [],
      coupling: [{ a: 'src/p.ts', b: 'src/q.ts', together: 6, support: 0.5, confidence: 1, hidden: true }],
    } as unknown as Parameters<typeof findChanges>[0]['report'];
    const changed = (paths: string[]) => paths.map((path) => ({ path, status: 'modified' as const, from: null }));
    const facts = { report, base: { modules: report.modules, edges: [] }, commits: [], explanation: null, config: resolveReviewConfig(undefined) };
    expect(findChanges({ ...facts, changed: changed(['src/p.ts']), maxFilesPerCommit: 5 }).map((f) => f.rule)).toEqual(['co-change-missing']);
    expect(findChanges({ ...facts, changed: changed(['src/p.ts', ...others]), maxFilesPerCommit: 5 })).toEqual([]);
  });

  it('names one partner per changed file, the strongest, and counts the others', async () => {
    const { findChanges } = await import('../../analyzer/review/rules.js');
    const { resolveReviewConfig } = await import('../../analyzer/review/review-config.js');
    const module = (path: string) => ({ path, kind: 'source', area: 'src', graph: { blastRadius: 0 }, history: null, risk: { score: 0.1, level: 'low' } });
    const pair = (b: string, together: number, confidence: number) => ({ a: 'src/p.ts', b, together, support: 0.1, confidence, hidden: true });
    const report = {
      modules: ['src/p.ts', 'src/q.ts', 'src/r.ts', 'src/s.ts'].map(module),
      edges: [],
      areas: [],
      authors: [],
      coupling: [pair('src/q.ts', 9, 0.6), pair('src/r.ts', 5, 0.8), pair('src/s.ts', 7, 0.6)],
    } as unknown as Parameters<typeof findChanges>[0]['report'];
    const found = findChanges({ report, base: { modules: report.modules, edges: [] }, commits: [], explanation: null, config: resolveReviewConfig(undefined), changed: [{ path: 'src/p.ts', status: 'modified', from: null }], maxFilesPerCommit: 50 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'co-change-missing', path: 'src/p.ts', key: 'src/r.ts' });
    expect(found[0]!.message).toMatch(/without `src\/r\.ts`, which changed in the same commit 5 times \(80%.*\(and 2 other files that often changed with it, less often\)\.$/);
  });
});
