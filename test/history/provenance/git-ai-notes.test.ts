import { describe, expect, it } from 'vitest';
import { attestationLayer, parseAttestations, parseMetadata, type NoteAttestations } from '../../../analyzer/history/provenance/git-ai-notes.js';

/** Git AI Standard v3.0.0, 1.2.5 "Complete Example (Sessions Format)", verbatim. */
const SESSIONS_EXAMPLE = `src/main.rs
  s_c9883b05a2487d::t_9f8e7d6c5b4a32 1-10,15-20
  s_c9883b05a2487d::t_a1b2c3d4e5f678 25,30-35
  h_31dce776f88375 42-50
src/lib.rs
  s_e7f2a90b31cc48::t_deadbeef012345 1-50
---
{
  "schema_version": "authorship/3.0.0",
  "git_ai_version": "1.4.5",
  "base_commit_sha": "7734793b756b3921c88db5375a8c156e9532447b",
  "prompts": {},
  "humans": {
    "h_31dce776f88375": {
      "author": "Developer <dev@example.com>"
    }
  },
  "sessions": {
    "s_c9883b05a2487d": {
      "agent_id": {
        "tool": "cursor",
        "id": "6ef2299e-a67f-432b-aa80-3d2fb4d28999",
        "model": "claude-sonnet-4-5-20250514"
      },
      "human_author": "dev@example.com"
    },
    "s_e7f2a90b31cc48": {
      "agent_id": {
        "tool": "claude",
        "id": "conv_abc123def456",
        "model": "claude-sonnet-4-5-20250514"
      },
      "human_author": "dev@example.com",
      "custom_attributes": {
        "team": "backend"
      }
    }
  }
}`;

/** 1.2.6 "Complete Example (Legacy Format)", its prompt records shortened to the required fields. */
const LEGACY_EXAMPLE = `src/main.rs
  abcd1234abcd1234 1-10,15-20
  ef0b5678ef0b5678 25,30-35
src/lib.rs
  abcd1234abcd1234 1-50
---
{
  "schema_version": "authorship/3.0.0",
  "git_ai_version": "1.0.23",
  "base_commit_sha": "7734793b756b3921c88db5375a8c156e9532447b",
  "prompts": {
    "abcd1234abcd1234": { "agent_id": { "tool": "cursor", "id": "6ef2299e", "model": "claude-4.5-opus" }, "total_additions": 25, "total_deletions": 5, "accepted_lines": 20, "overriden_lines": 0 },
    "ef0b5678ef0b5678": { "agent_id": { "tool": "cursor", "id": "a1b2c3d4", "model": "claude-3-sonnet" }, "total_additions": 6, "total_deletions": 0, "accepted_lines": 6, "overriden_lines": 0 }
  }
}`;

const attestations = (text: string): NoteAttestations => {
  const parsed = parseAttestations(Buffer.from(text));
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
};
const attestationsKept = (text: string, keep: (path: string) => boolean): NoteAttestations => {
  const parsed = parseAttestations(Buffer.from(text), keep);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
};
const metadata = (text: string) => {
  const parsed = parseMetadata(Buffer.from(text));
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
};

describe('a git-ai note (Git AI Standard v3.0.0)', () => {
  it("reads the sessions example's attestations, file by file, in note order", () => {
    const note = attestations(SESSIONS_EXAMPLE);
    expect([...note.files.keys()]).toEqual(['src/main.rs', 'src/lib.rs']);
    expect(note.files.get('src/main.rs')).toEqual([
      { key: 's_c9883b05a2487d::t_9f8e7d6c5b4a32', ranges: [[1, 10], [15, 20]] },
      { key: 's_c9883b05a2487d::t_a1b2c3d4e5f678', ranges: [[25, 25], [30, 35]] },
      { key: 'h_31dce776f88375', ranges: [[42, 50]] },
    ]);
    expect(note.badPaths).toEqual([]);
  });

  it('gives sessions and known humans their meaning from the metadata', () => {
    const note = attestations(SESSIONS_EXAMPLE);
    const meta = metadata(SESSIONS_EXAMPLE);
    const layers = (note.files.get('src/main.rs') ?? []).map((a) => attestationLayer(a, meta));
    expect(layers.map((l) => l?.ai)).toEqual([true, true, false]);
  });

  it('reads the legacy example: bare keys are AI prompts when the metadata lists them', () => {
    const note = attestations(LEGACY_EXAMPLE);
    const meta = metadata(LEGACY_EXAMPLE);
    expect((note.files.get('src/lib.rs') ?? []).map((a) => attestationLayer(a, meta)?.ai)).toEqual([true]);
    // a key the metadata does not list says nothing (git-ai skips it too)
    expect(attestationLayer({ key: 'ffffffffffffffff', ranges: [[1, 2]] }, meta)).toBeNull();
    expect(attestationLayer({ key: 'h_00000000000000', ranges: [[1, 2]] }, meta)).toBeNull();
    expect(attestationLayer({ key: 's_00000000000000::t_1', ranges: [[1, 2]] }, meta)).toBeNull();
    // the keys seen in git-ai's own notes that the standard does not define: not in the metadata, so nothing
    expect(attestationLayer({ key: 'human', ranges: [[1, 2]] }, meta)).toBeNull();
  });

  it('unquotes a path holding whitespace, and takes a divider with CRLF', () => {
    const note = attestations('"src/my file.ts"\r\n  abcd1234abcd1234 3\r\n---\r\n{}');
    expect([...note.files.keys()]).toEqual(['src/my file.ts']);
  });

  it('drops a file without entries, and keeps the first block of a path named twice (git-ai finds the first)', () => {
    const note = attestations('a.ts\nb.ts\n  k 1\nb.ts\n  k 9\n---\n{}');
    expect([...note.files]).toEqual([['b.ts', [{ key: 'k', ranges: [[1, 1]] }]]]);
  });

  it('keeps only the files asked for, yet reads every entry (a bad one anywhere makes the note unreadable)', () => {
    const ts = (path: string): boolean => path.endsWith('.ts');
    expect([...attestationsKept('a.rs\n  k 1\nb.ts\n  k 2\n---\n{}', ts).files.keys()]).toEqual(['b.ts']);
    expect(parseAttestations(Buffer.from('a.rs\n  k 0\nb.ts\n  k 2\n---\n{}'), ts)).toMatch(/line 2: line range "0" is outside/);
  });

  it('refuses a path that leaves the repository, keeping the rest of the note', () => {
    const note = attestations('../../etc/passwd\n  k 1\n/abs.ts\n  k 1\nsrc/./a.ts\n  k 1\nok.ts\n  k 2\n---\n{}');
    expect([...note.files.keys()]).toEqual(['ok.ts']);
    expect(note.badPaths.map((b) => b.why)).toEqual(['a path with a ".." segment', 'an absolute path', 'a path with a "." segment']);
  });

  it.each([
    ['no divider', 'a.ts\n  k 1\n', /no "---" line/],
    ['an entry before any path', '  k 1\n---\n{}', /line 1: an attestation before any file path/],
    ['an entry without ranges', 'a.ts\n  k\n---\n{}', /line 2: an attestation without a key/],
    ['a bad range', 'a.ts\n  k 1-x\n---\n{}', /line 2: line range "1-x"/],
    ['a zero line', 'a.ts\n  k 0-3\n---\n{}', /outside/],
  ])('makes a note with %s unreadable, as git-ai does', (_name, text, why) => {
    expect(parseAttestations(Buffer.from(text))).toMatch(why);
  });

  it('makes a note that is not UTF-8 unreadable', () => {
    expect(parseAttestations(Buffer.concat([Buffer.from('a'), Buffer.from([0xff]), Buffer.from('.ts\n  k 1\n---\n{}')]))).toMatch(/not UTF-8/);
  });

  it.each([
    ['not JSON', 'a\n---\n{"schema_version": ', /not JSON/],
    ['not an object', 'a\n---\n[1]', /not a JSON object/],
    ['another major version', 'a\n---\n{"schema_version": "authorship/2.0.0", "prompts": {}}', /"authorship\/2\.0\.0" is not authorship\/3\.x/],
    ['no prompts', 'a\n---\n{"schema_version": "authorship/3.0.0"}', /no prompts object/],
    ['sessions of the wrong type', 'a\n---\n{"schema_version": "authorship/3.0.0", "prompts": {}, "sessions": []}', /sessions is not an object/],
  ])('refuses metadata that is %s', (_name, text, why) => {
    expect(parseMetadata(Buffer.from(text))).toMatch(why);
  });

  it('reads a later 3.x version and treats absent sessions and humans as empty', () => {
    const meta = metadata('a\n---\n{"schema_version": "authorship/3.1.0", "prompts": {"__proto__": {}}}');
    expect([...meta.prompts]).toEqual(['__proto__']);
    expect(meta.sessions.size + meta.humans.size).toBe(0);
  });
});
