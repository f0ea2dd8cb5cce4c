import { describe, expect, it } from 'vitest';
import { AnalyzerEmitter, type ProgressEvent } from '../../../analyzer/core/events.js';
import { WarningSink } from '../../../analyzer/core/warnings.js';
import { emptyHistoryModel } from '../../../analyzer/history/empty-model.js';
import type { FileHistory, HistoryModel } from '../../../analyzer/history/model.js';
import { mineProvenance } from '../../../analyzer/history/provenance/index.js';
import type { ProvenanceModel } from '../../../analyzer/history/provenance/model.js';
import { DEFAULT_RECORD_LIMITS, type RecordLimits } from '../../../analyzer/history/provenance/record-limits.js';
import { fakeGit, note, type FakeRepo } from './fake-git.js';

const HEAD = 'e'.repeat(40);
const C1 = '1'.repeat(40);
const C2 = '2'.repeat(40);
const ABC = `ab${'c'.repeat(38)}`;

function file(path: string, formerPaths: string[] = []): FileHistory {
  return {
    path, formerPaths, commits: 1, linesAdded: 1, linesDeleted: 0, aiCommits: 0, aiLinesAdded: 0, busFactor: 1,
    authors: [], createdBy: null, lastChange: null, lastHumanChange: null, knowledgeLoss: null,
  };
}

function history(files: Record<string, string[]>): HistoryModel {
  return { ...emptyHistoryModel('2025-01-01T00:00:00.000Z'), available: true, head: HEAD, files: new Map(Object.entries(files).map(([path, former]) => [path, file(path, former)])) };
}

const TS = (path: string): boolean => path.endsWith('.ts');

async function run(repo: FakeRepo, files: Record<string, string[]>, limits?: RecordLimits) {
  const git = fakeGit(repo);
  const warnings = new WarningSink();
  const progress: ProgressEvent[] = [];
  const emitter = new AnalyzerEmitter();
  emitter.on('progress', (event) => progress.push(event));
  const model = await mineProvenance({ repoDir: '/nowhere', git, history: history(files), wanted: TS, maxFileBytes: 1000, emitter, warnings, concurrency: 2, ...(limits && { limits }) });
  return { model, warnings: warnings.items, calls: git.calls, progress };
}

const shares = (model: ProvenanceModel): Record<string, string> =>
  Object.fromEntries([...model.files].map(([path, s]) => [path, `${s.aiLines}/${s.lines} ${s.source}`]));

/** Ten lines: 1–3 and 5 still from C1, 4 rewritten in C2, 6–10 from C2. */
const TEN = [
  ...[1, 2, 3].map((line) => ({ commit: C1, line, path: 'src/a.ts' })),
  { commit: C2, line: 4, path: 'src/a.ts' },
  { commit: C1, line: 5, path: 'src/a.ts' },
  ...[6, 7, 8, 9, 10].map((line) => ({ commit: C2, line, path: 'src/a.ts' })),
];

describe('line-level AI provenance over canned git output', () => {
  it('without records asks git one thing, side by side, and blames nothing', async () => {
    const { model, calls, warnings } = await run({}, { 'src/a.ts': [] });
    expect(calls).toEqual(['detect']);
    expect(model).toEqual({ gitAi: false, agentTrace: false, notesRead: 0, traceRecordsRead: 0, filesBlamed: 0, files: new Map() });
    expect(warnings).toEqual([]);
  });

  it('counts a line as AI-written when the note of the commit that last wrote it says so for that line', async () => {
    const { model, calls, warnings, progress } = await run({
      notes: { 'refs/notes/ai': { [C1]: note({ 'src/a.ts': { ai: '1-4' }, 'README.md': { ai: '1-9' } }) } },
      lineCounts: { [`${C1}:src/a.ts`]: 5 },
      blames: { 'src/a.ts': TEN },
    }, { 'src/a.ts': [], 'src/b.ts': [], 'README.md': [] });
    // C1 wrote lines 1-4 by AI; line 4 was rewritten in C2 and C1's line 5 was human: 3 of 10
    expect(shares(model)).toEqual({ 'src/a.ts': '3/10 git-ai' });
    expect(model).toMatchObject({ gitAi: true, agentTrace: false, notesRead: 1, filesBlamed: 1 });
    // only the file the note names, and that could be a module, was blamed
    expect(calls.filter((c) => c.startsWith('blame'))).toEqual(['blame eeee src/a.ts']);
    expect(warnings).toEqual([]);
    expect(progress.at(-1)).toEqual({ phase: 'provenance', done: 1, total: 1 });
  });

  it('follows a file back to a former name, through the name blame gives for each commit', async () => {
    const { model } = await run({
      notes: { 'refs/notes/ai': { [C1]: note({ 'old/a.ts': { ai: '1-2' } }) } },
      lineCounts: { [`${C1}:old/a.ts`]: 2 },
      blames: { 'new/a.ts': [{ commit: C1, line: 1, path: 'old/a.ts' }, { commit: C1, line: 2, path: 'old/a.ts' }, { commit: C2, line: 3, path: 'new/a.ts' }] },
    }, { 'new/a.ts': ['old/a.ts'] });
    expect(shares(model)).toEqual({ 'new/a.ts': '2/3 git-ai' });
  });

  it('maps through the line number in the commit, not the line number now', async () => {
    // C1's AI wrote its lines 1-2; a human inserted 3 lines above them since
    const { model } = await run({
      notes: { 'refs/notes/ai': { [C1]: note({ 'a.ts': { ai: '1-2' } }) } },
      lineCounts: { [`${C1}:a.ts`]: 2 },
      blames: { 'a.ts': [1, 2, 3].map((line) => ({ commit: C2, line, path: 'a.ts' })).concat([{ commit: C1, line: 1, path: 'a.ts' }, { commit: C1, line: 2, path: 'a.ts' }]) },
    }, { 'a.ts': [] });
    expect(shares(model)).toEqual({ 'a.ts': '2/5 git-ai' });
  });

  it("lets a later attestation of a line decide, and a known human's attestation counts as not AI", async () => {
    const { model } = await run({
      notes: { 'refs/notes/ai': { [C1]: note({ 'a.ts': { ai: '1-4', human: '2-3' } }) } },
      lineCounts: { [`${C1}:a.ts`]: 4 },
      blames: { 'a.ts': [1, 2, 3, 4].map((line) => ({ commit: C1, line, path: 'a.ts' })) },
    }, { 'a.ts': [] });
    expect(shares(model)).toEqual({ 'a.ts': '2/4 git-ai' });
  });

  it("reads a commit's own shard first, falls back to refs/notes/ai, and ignores a note in another commit's shard", async () => {
    const { model } = await run({
      notes: {
        'refs/notes/ai': { [ABC]: note({ 'a.ts': { ai: '1' } }), [C1]: note({ 'a.ts': { ai: '1' } }) },
        'refs/notes/ai-s/ab': { [ABC]: note({ 'a.ts': { ai: '1-2' } }) },
        'refs/notes/ai-s/22': { [C1]: note({ 'a.ts': { ai: '1-2' } }) },
      },
      lineCounts: { [`${ABC}:a.ts`]: 2, [`${C1}:a.ts`]: 2 },
      blames: { 'a.ts': [{ commit: ABC, line: 1, path: 'a.ts' }, { commit: ABC, line: 2, path: 'a.ts' }, { commit: C1, line: 1, path: 'a.ts' }, { commit: C1, line: 2, path: 'a.ts' }] },
    }, { 'a.ts': [] });
    // ABC: the shard's 1-2; C1: refs/notes/ai's 1 (its note in shard 22 is not where git-ai looks)
    expect(shares(model)).toEqual({ 'a.ts': '3/4 git-ai' });
    expect(model.notesRead).toBe(2);
  });

  it('names files by their path from the repository root when a subfolder is analyzed', async () => {
    const { model, calls } = await run({
      notes: { 'refs/notes/ai': { [C1]: note({ 'pkg/a.ts': { ai: '1' } }) } },
      layout: { prefix: 'pkg/' },
      lineCounts: { [`${C1}:pkg/a.ts`]: 1 },
      blames: { 'a.ts': [{ commit: C1, line: 1, path: 'pkg/a.ts' }] },
    }, { 'a.ts': [] });
    expect(shares(model)).toEqual({ 'a.ts': '1/1 git-ai' });
    expect(calls).toContain(`objectInfo ${HEAD}:pkg/a.ts`);
  });

  it('reads Agent Trace records for the revision blame gives, and prefers git-ai where both name a file', async () => {
    const trace = (path: string, start: number, end: number, revision = C1): string =>
      JSON.stringify({ version: '0.1.0', id: 'i', timestamp: 't', vcs: { type: 'git', revision }, files: [{ path, conversations: [{ contributor: { type: 'ai' }, ranges: [{ start_line: start, end_line: end }] }] }] });
    const { model } = await run({
      notes: { 'refs/notes/ai': { [C1]: note({ 'both.ts': { ai: '1' } }) } },
      traces: `${trace('t.ts', 1, 2)}\n${trace('both.ts', 1, 2)}\n${trace('t.ts', 1, 1, C2)}`,
      lineCounts: { [`${C1}:t.ts`]: 2, [`${C2}:t.ts`]: 3, [`${C1}:both.ts`]: 2 },
      blames: {
        't.ts': [{ commit: C1, line: 1, path: 't.ts' }, { commit: C2, line: 3, path: 't.ts' }, { commit: C2, line: 1, path: 't.ts' }],
        'both.ts': [{ commit: C1, line: 1, path: 'both.ts' }, { commit: C1, line: 2, path: 'both.ts' }],
      },
    }, { 't.ts': [], 'both.ts': [] });
    expect(shares(model)).toEqual({ 't.ts': '2/3 agent-trace', 'both.ts': '1/2 git-ai' });
    expect(model).toMatchObject({ gitAi: true, agentTrace: true, traceRecordsRead: 3 });
  });

  it('does not blame a file that is not a blob at HEAD or is over the size cap', async () => {
    const { calls, model } = await run({
      notes: { 'refs/notes/ai': { [C1]: note({ 'big.ts': { ai: '1' }, 'staged.ts': { ai: '1' }, 'sub.ts': { ai: '1' } }) } },
      objects: { [`${HEAD}:big.ts`]: { kind: 'blob', size: 1001 }, [`${HEAD}:staged.ts`]: { kind: 'missing' }, [`${HEAD}:sub.ts`]: { kind: 'other' } },
    }, { 'big.ts': [], 'staged.ts': [], 'sub.ts': [] });
    expect(calls.filter((c) => c.startsWith('blame'))).toEqual([]);
    expect(model.filesBlamed).toBe(0);
  });
});

describe('records that do not hold up', () => {
  it('leaves out a note that cannot be read, and says which and why, once for all of them', async () => {
    const bad = 'a.ts\n  k x\n---\n{}';
    const { model, warnings } = await run({
      notes: { 'refs/notes/ai': { [C1]: bad, [C2]: 'no divider', ['3'.repeat(40)]: note({ 'a.ts': { ai: '1' } }) } },
      lineCounts: { [`${'3'.repeat(40)}:a.ts`]: 1 },
      blames: { 'a.ts': [{ commit: C1, line: 1, path: 'a.ts' }] },
    }, { 'a.ts': [] });
    expect(model.notesRead).toBe(1);
    expect(warnings.map((w) => w.code)).toEqual(['provenance-note-unreadable']);
    expect(warnings[0]?.message).toBe(`2 git-ai notes could not be read and were left out: note on ${C1.slice(0, 12)}: line 2: line range "x" is not a number or a start-end pair; note on ${C2.slice(0, 12)}: no "---" line between the attestations and the metadata`);
  });

  it('does not count the lines of a note whose metadata is unreadable', async () => {
    const { model, warnings } = await run({
      notes: { 'refs/notes/ai': { [C1]: 'a.ts\n  s_00000000000001::t_1 1-2\n---\n{"schema_version": "authorship/4.0.0", "prompts": {}}' } },
      lineCounts: { [`${C1}:a.ts`]: 2 },
      blames: { 'a.ts': [{ commit: C1, line: 1, path: 'a.ts' }, { commit: C1, line: 2, path: 'a.ts' }] },
    }, { 'a.ts': [] });
    expect(shares(model)).toEqual({ 'a.ts': '0/2 git-ai' });
    expect(warnings.map((w) => w.message)).toEqual([`1 git-ai note could not be read and was left out: note on ${C1.slice(0, 12)}: schema_version "authorship/4.0.0" is not authorship/3.x`]);
  });

  it('reads no note over the size limit, and stops when the notes together are over theirs', async () => {
    const limits = { ...DEFAULT_RECORD_LIMITS, noteBytes: 10_000, notesBytes: 15_000 };
    const small = note({ 'a.ts': { ai: '1' } });
    const { warnings, model, calls } = await run({
      notes: { 'refs/notes/ai': { [C1]: note({ 'a.ts': { ai: '1-2' } }), [C2]: small, ['3'.repeat(40)]: `${small} ` } },
      noteSizes: { [C1]: 20_000_000, [C2]: 9_000, ['3'.repeat(40)]: 9_000 },
      lineCounts: { [`${C2}:a.ts`]: 1 },
      blames: { 'a.ts': [{ commit: C1, line: 1, path: 'a.ts' }, { commit: C2, line: 1, path: 'a.ts' }] },
    }, { 'a.ts': [] }, limits);
    // C1's note was never read, C2's was; the third did not fit in what is read in all
    expect(shares(model)).toEqual({ 'a.ts': '1/2 git-ai' });
    expect(warnings.map((w) => [w.code, w.message])).toEqual([
      ['provenance-note-unreadable', `1 git-ai note could not be read and was left out: note on ${C1.slice(0, 12)}: 20000000 bytes, over the 10000 read`],
      ['provenance-incomplete', 'line-level AI provenance is incomplete: 1 git-ai notes were left unread: together the notes are over 15000 bytes'],
    ]);
    expect(model.notesRead).toBe(1);
    expect(calls).toContain('readBlobs 1');
  });

  it('says when a record names a file its commit does not have, or a line past its end, and still counts what fits', async () => {
    const { model, warnings } = await run({
      notes: { 'refs/notes/ai': { [C1]: note({ 'a.ts': { ai: '1-12' } }), [C2]: note({ 'a.ts': { ai: '1' } }) } },
      lineCounts: { [`${C1}:a.ts`]: 10 },
      blames: { 'a.ts': [{ commit: C1, line: 10, path: 'a.ts' }] },
    }, { 'a.ts': [] });
    expect(shares(model)).toEqual({ 'a.ts': '1/1 git-ai' });
    expect(warnings).toEqual([{
      code: 'provenance-record-mismatch',
      message: `2 records do not fit the commit they name: the git-ai note on ${C1.slice(0, 12)} gives line 12 of a.ts, which has 10 lines there; the git-ai note on ${C2.slice(0, 12)} names a.ts, which that commit does not have`,
    }]);
  });

  it('does not check, nor warn of, a note on a commit the repository does not have (rebased away, never fetched)', async () => {
    const { model, warnings, calls } = await run({
      notes: { 'refs/notes/ai': { [C1]: note({ 'a.ts': { ai: '1-9' } }), [C2]: note({ 'a.ts': { ai: '1' } }) } },
      objects: { [C2]: { kind: 'missing' }, [C1]: { kind: 'other' } },
      lineCounts: { [`${C1}:a.ts`]: 9 },
      blames: { 'a.ts': [{ commit: C1, line: 1, path: 'a.ts' }] },
    }, { 'a.ts': [] });
    expect(shares(model)).toEqual({ 'a.ts': '1/1 git-ai' });
    expect(warnings).toEqual([]);
    expect(calls).toContain(`lineCounts ${C1}:a.ts`);
  });

  it('refuses paths that leave the repository', async () => {
    const { warnings } = await run({
      notes: { 'refs/notes/ai': { [C1]: note({ '../x.ts': { ai: '1' }, '/etc/passwd': { ai: '1' } }) } },
      traces: JSON.stringify({ version: '0.1.0', id: 'i', timestamp: 't', vcs: { type: 'git', revision: C1 }, files: [{ path: 'a/../../b.ts', conversations: [] }] }),
    }, {});
    expect(warnings.map((w) => w.code)).toEqual(['provenance-bad-path']);
    // the notes' cases first, then the traces', whichever git answered first
    expect(warnings[0]?.message).toBe('3 recorded paths were refused, with the lines recorded for them: "../x.ts" in the note on 111111111111: a path with a ".." segment; "/etc/passwd" in the note on 111111111111: an absolute path; "a/../../b.ts" on line 1 of .agent-trace/traces.jsonl: a path with a ".." segment');
  });

  it('uses the good lines of a traces.jsonl and names the bad ones, the too long one included', async () => {
    const good = JSON.stringify({ version: '0.1.0', id: 'i', timestamp: 't', vcs: { type: 'git', revision: C1 }, files: [{ path: 'a.ts', conversations: [{ contributor: { type: 'ai' }, ranges: [{ start_line: 1, end_line: 1 }] }] }] });
    const limits = { ...DEFAULT_RECORD_LIMITS, traceLineBytes: 1000 };
    const { model, warnings } = await run({
      traces: ['not json', '', good, '{"version": "0.1.0", "id": 1}', 'x'.repeat(5000), `${good}\r`, '{"version":"0.1.0","id":"i","timestamp":"t","files":[]}'].join('\n'),
      lineCounts: { [`${C1}:a.ts`]: 1 },
      blames: { 'a.ts': [{ commit: C1, line: 1, path: 'a.ts' }] },
    }, { 'a.ts': [] }, limits);
    expect(model.traceRecordsRead).toBe(2);
    expect(shares(model)).toEqual({ 'a.ts': '1/1 agent-trace' });
    expect(warnings.map((w) => w.message)).toEqual([
      '4 lines of .agent-trace/traces.jsonl could not be used: line 1: not JSON; line 4: id is not a string; line 5: longer than 1000 bytes; line 7: no vcs revision, so no line can be traced to it',
    ]);
  });

  it('stops reading a traces.jsonl over its size limit, keeping what came before', async () => {
    const good = JSON.stringify({ version: '0.1.0', id: 'i', timestamp: 't', vcs: { type: 'git', revision: C1 }, files: [] });
    const limits = { ...DEFAULT_RECORD_LIMITS, traceBytes: good.length * 3 };
    const { model, warnings } = await run({ traces: Array.from({ length: 10 }, () => good).join('\n') }, {}, limits);
    expect(model.traceRecordsRead).toBeGreaterThanOrEqual(2);
    expect(model.traceRecordsRead).toBeLessThan(4);
    expect(warnings.map((w) => w.code)).toEqual(['provenance-incomplete']);
    expect(warnings[0]?.message).toMatch(/traces\.jsonl is over \d+ bytes; what follows line \d was not read/);
  });

  it('names a file whose blame failed or made no sense, and keeps the others', async () => {
    const { model, warnings } = await run({
      notes: { 'refs/notes/ai': { [C1]: note({ 'a.ts': { ai: '1' }, 'b.ts': { ai: '1' }, 'c.ts': { ai: '1' } }) } },
      lineCounts: { [`${C1}:a.ts`]: 1, [`${C1}:b.ts`]: 1, [`${C1}:c.ts`]: 1 },
      blames: { 'a.ts': { fail: 'git blame ran longer than 120 s' }, 'b.ts': { raw: '\tno header\n' }, 'c.ts': [{ commit: C1, line: 1, path: 'c.ts' }] },
    }, { 'a.ts': [], 'b.ts': [], 'c.ts': [] });
    expect(shares(model)).toEqual({ 'c.ts': '1/1 git-ai' });
    expect(model.filesBlamed).toBe(3);
    expect([...warnings].sort((x, y) => (x.path ?? '').localeCompare(y.path ?? ''))).toEqual([
      { code: 'provenance-blame-failed', path: 'a.ts', message: 'git blame ran longer than 120 s; its line-level AI share is unknown' },
      { code: 'provenance-blame-failed', path: 'b.ts', message: "git blame's output could not be read (a line of text without a header); its line-level AI share is unknown" },
    ]);
  });

  it('blames nothing when the repository points blame at a file it could not read safely', async () => {
    const { calls, warnings, model } = await run({
      notes: { 'refs/notes/ai': { [C1]: note({ 'a.ts': { ai: '1' } }) } },
      layout: { blameBlocked: 'the repository\'s blame.ignoreRevsFile "/dev/zero" is not a regular file, so git blame would fail or never finish' },
    }, { 'a.ts': [] });
    expect(calls.some((c) => c.startsWith('blame'))).toBe(false);
    expect(model).toMatchObject({ gitAi: true, notesRead: 1, filesBlamed: 0 });
    expect(warnings.map((w) => w.message)).toEqual(['line-level AI provenance is incomplete: no file was blamed: the repository\'s blame.ignoreRevsFile "/dev/zero" is not a regular file, so git blame would fail or never finish']);
  });
});
