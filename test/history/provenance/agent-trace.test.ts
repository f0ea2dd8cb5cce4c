import { describe, expect, it } from 'vitest';
import { parseTraceLine, type TraceRecord } from '../../../analyzer/history/provenance/agent-trace.js';

/** Agent Trace 0.1.0, 6.2 "Example Trace Record", verbatim. */
const EXAMPLE = {
  version: '0.1.0',
  id: '550e8400-e29b-41d4-a716-446655440000',
  timestamp: '2026-01-23T14:30:00Z',
  vcs: { type: 'git', revision: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0' },
  tool: { name: 'cursor', version: '2.4.0' },
  files: [
    {
      path: 'src/utils/parser.ts',
      conversations: [
        {
          url: 'https://api.cursor.com/v1/conversations/12345',
          contributor: { type: 'ai', model_id: 'anthropic/claude-opus-4-5-20251101' },
          ranges: [{ start_line: 42, end_line: 67, content_hash: 'murmur3:9f2e8a1b' }],
          related: [{ type: 'session', url: 'https://api.cursor.com/v1/sessions/67890' }],
        },
      ],
    },
    {
      path: 'src/utils/helpers.ts',
      conversations: [{ url: 'https://api.cursor.com/v1/conversations/12345', contributor: { type: 'ai', model_id: 'openai/gpt-4o' }, ranges: [{ start_line: 10, end_line: 25 }] }],
    },
  ],
  metadata: { confidence: 0.95, 'dev.cursor': { workspace_id: 'ws-abc123' } },
};

const record = (value: unknown): TraceRecord => {
  const parsed = parseTraceLine(JSON.stringify(value));
  if (parsed.kind !== 'record') throw new Error(JSON.stringify(parsed));
  return parsed.record;
};
const with_ = (patch: Record<string, unknown>): Record<string, unknown> => ({ ...EXAMPLE, ...patch });

describe('an Agent Trace record (spec 0.1.0)', () => {
  it("reads the spec's example: its revision and each file's ranges", () => {
    const r = record(EXAMPLE);
    expect(r.revision).toBe('a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0');
    expect(r.files).toEqual([
      { path: 'src/utils/parser.ts', layers: [{ ai: true, ranges: [[42, 67]] }] },
      { path: 'src/utils/helpers.ts', layers: [{ ai: true, ranges: [[10, 25]] }] },
    ]);
  });

  it('takes a range contributor over its conversation, and counts only "ai" as AI-written', () => {
    const r = record(with_({
      files: [{
        path: 'a.ts',
        conversations: [
          { contributor: { type: 'ai' }, ranges: [{ start_line: 1, end_line: 2 }, { start_line: 3, end_line: 3, contributor: { type: 'human' } }] },
          { contributor: { type: 'mixed' }, ranges: [{ start_line: 4, end_line: 4 }, { start_line: 5, end_line: 5, contributor: { type: 'ai' } }] },
          { ranges: [{ start_line: 6, end_line: 6 }] },
          { contributor: { type: 'unknown' }, ranges: [{ start_line: 7, end_line: 7 }] },
        ],
      }],
    }));
    expect(r.files[0]?.layers.map((l) => [l.ranges[0]?.[0], l.ai])).toEqual([[1, true], [3, false], [4, false], [5, true], [6, false], [7, false]]);
  });

  it("reads the reference hook's records, which say version \"1.0\", and an upper-case commit id", () => {
    expect(record(with_({ version: '1.0', vcs: { type: 'git', revision: 'A'.repeat(40) } })).revision).toBe('a'.repeat(40));
  });

  it('keeps a record with a refused path, without that file', () => {
    const r = record(with_({ files: [{ path: '../outside.ts', conversations: [] }, { path: 'in.ts', conversations: [] }] }));
    expect(r.files.map((f) => f.path)).toEqual(['in.ts']);
    expect(r.badPaths).toEqual([{ path: '../outside.ts', why: 'a path with a ".." segment' }]);
  });

  it.each([
    ['no vcs', { vcs: undefined }, 'no vcs revision'],
    ['a jj change', { vcs: { type: 'jj', revision: 'kkmpptxz' } }, 'a jj revision'],
    ['an abbreviated commit', { vcs: { type: 'git', revision: 'a1b2c3d' } }, 'vcs.revision "a1b2c3d" is not a full commit id'],
  ])('cannot place a record with %s', (_name, patch, why) => {
    expect(parseTraceLine(JSON.stringify(with_(patch)))).toEqual({ kind: 'unplaced', why });
  });

  it.each([
    ['not JSON', '{"version": "0.1.0",', 'not JSON'],
    ['an array', '[]', 'not a JSON object'],
    ['a number version', JSON.stringify(with_({ version: 1 })), 'version is not a string'],
    ['a later major version', JSON.stringify(with_({ version: '2.0.0' })), 'version "2.0.0" is not 0.x or 1.x'],
    ['no id', JSON.stringify(with_({ id: undefined })), 'id is not a string'],
    ['files as an object', JSON.stringify(with_({ files: {} })), 'files is not an array'],
    ['a path that is a number', JSON.stringify(with_({ files: [{ path: 7, conversations: [] }] })), 'files[0].path is not a string'],
    ['a line as a string', JSON.stringify(with_({ files: [{ path: 'a', conversations: [{ ranges: [{ start_line: '1', end_line: 2 }] }] }] })), 'files[0].conversations[0].ranges[0].start_line is not an integer ≥ 1'],
    ['a zero line', JSON.stringify(with_({ files: [{ path: 'a', conversations: [{ ranges: [{ start_line: 0, end_line: 2 }] }] }] })), 'files[0].conversations[0].ranges[0].start_line is not an integer ≥ 1'],
    ['a fractional line', JSON.stringify(with_({ files: [{ path: 'a', conversations: [{ ranges: [{ start_line: 1, end_line: 2.5 }] }] }] })), 'files[0].conversations[0].ranges[0].end_line is not an integer ≥ 1'],
    ['a range ending before it starts', JSON.stringify(with_({ files: [{ path: 'a', conversations: [{ ranges: [{ start_line: 9, end_line: 2 }] }] }] })), 'files[0].conversations[0].ranges[0] ends before it starts'],
    ['an unknown contributor', JSON.stringify(with_({ files: [{ path: 'a', conversations: [{ contributor: { type: 'robot' }, ranges: [] }] }] })), 'files[0].conversations[0].contributor.type is not one of human, ai, mixed, unknown'],
    ['vcs as a string', JSON.stringify(with_({ vcs: 'git' })), 'vcs is not an object'],
  ])('refuses a line with %s, saying where', (_name, line, why) => {
    expect(parseTraceLine(line)).toEqual({ kind: 'bad', why });
  });
});
