/** A ProvenanceGit answering from canned data, logging every question, for the step's tests. */
import { createHash } from 'node:crypto';
import type { BlameResult, NoteEntry, ObjectInfo, ProvenanceGit, RepoLayout } from '../../../analyzer/history/provenance/provenance-git.js';

export interface BlameLine {
  commit: string;
  line: number;
  path: string;
}

/** `git blame --porcelain` for these lines: a commit's filename the first time it appears, or when its name changes. */
export function porcelain(lines: readonly BlameLine[]): string {
  const named = new Map<string, string>();
  return lines
    .map((l, i) => {
      const rows = [`${l.commit} ${l.line} ${i + 1}`];
      if (named.get(l.commit) !== l.path) {
        rows.push('author Someone', 'summary a commit', `filename ${l.path}`);
        named.set(l.commit, l.path);
      }
      rows.push(`\tline ${i + 1}`);
      return rows.join('\n');
    })
    .join('\n')
    .concat('\n');
}

export interface FakeRepo {
  /** ref → annotated object → note text */
  notes?: Record<string, Record<string, string>>;
  /** note sizes as ls-tree would give them, when not the text's (to stand for huge notes) */
  noteSizes?: Record<string, number>;
  traces?: string | null;
  layout?: Partial<RepoLayout>;
  /** `<rev>:<path>` → what batch-check says; unlisted specs are blobs of 100 bytes */
  objects?: Record<string, ObjectInfo>;
  /** `<commit>:<path>` → line count; unlisted specs are missing */
  lineCounts?: Record<string, number>;
  /** path under the analyzed directory → blame lines or a failure */
  blames?: Record<string, readonly BlameLine[] | { fail: string } | { raw: string }>;
}

const blobOf = (text: string): string => createHash('sha1').update(text).digest('hex');

export function fakeGit(repo: FakeRepo): ProvenanceGit & { calls: string[] } {
  const calls: string[] = [];
  const notes = repo.notes ?? {};
  const blobs = new Map<string, string>();
  for (const byObject of Object.values(notes)) for (const text of Object.values(byObject)) blobs.set(blobOf(text), text);
  return {
    calls,
    detect: async () => {
      calls.push('detect');
      return { noteRefs: Object.keys(notes).sort(), traceFile: repo.traces == null ? null : { id: 'f'.repeat(40), size: Buffer.byteLength(repo.traces) } };
    },
    layout: async () => {
      calls.push('layout');
      return { prefix: '', blameBlocked: null, ...repo.layout };
    },
    listNotes: async (ref) => {
      calls.push(`listNotes ${ref}`);
      return Object.entries(notes[ref] ?? {}).map(([object, text]): NoteEntry => ({ object, blob: blobOf(text), size: repo.noteSizes?.[object] ?? Buffer.byteLength(text) }));
    },
    readBlobs: async (ids, onBlob) => {
      calls.push(`readBlobs ${ids.length}`);
      for (const id of ids) {
        const text = blobs.get(id);
        if (text !== undefined) onBlob(id, Buffer.from(text));
      }
      return { complete: true, reason: null };
    },
    streamBlob: async (_id, onChunk) => {
      calls.push('streamBlob');
      const bytes = Buffer.from(repo.traces ?? '');
      try {
        // in small pieces, as a pipe would give them
        for (let at = 0; at < bytes.length; at += 7) onChunk(bytes.subarray(at, at + 7));
      } catch (error) {
        return { complete: false, reason: `reading git cat-file failed: ${error instanceof Error ? error.message : String(error)}` };
      }
      return { complete: true, reason: null };
    },
    objectInfo: async (specs) => {
      calls.push(`objectInfo ${specs.join(' ')}`);
      return new Map(specs.map((spec) => [spec, repo.objects?.[spec] ?? { kind: 'blob', size: 100 }]));
    },
    lineCounts: async (specs) => {
      calls.push(`lineCounts ${[...specs].sort().join(' ')}`);
      return new Map(specs.map((spec) => [spec, repo.lineCounts?.[spec] ?? null]));
    },
    blame: async (commit, path): Promise<BlameResult> => {
      calls.push(`blame ${commit.slice(0, 4)} ${path}`);
      const canned = repo.blames?.[path];
      if (canned === undefined) return { ok: false, reason: `no canned blame for ${path}` };
      if ('fail' in canned) return { ok: false, reason: canned.fail };
      if ('raw' in canned) return { ok: true, porcelain: canned.raw };
      return { ok: true, porcelain: porcelain(canned as readonly BlameLine[]) };
    },
  };
}

/** A git-ai note in the standard's layout: one session key per AI range, `h_` keys for humans. */
export function note(files: Record<string, { ai?: string; human?: string }>, meta: Record<string, unknown> = {}): string {
  const lines: string[] = [];
  for (const [path, { ai, human }] of Object.entries(files)) {
    lines.push(path);
    if (ai) lines.push(`  s_00000000000001::t_00000000000001 ${ai}`);
    if (human) lines.push(`  h_00000000000002 ${human}`);
  }
  return `${lines.join('\n')}\n---\n${JSON.stringify({
    schema_version: 'authorship/3.0.0',
    base_commit_sha: '0'.repeat(40),
    prompts: {},
    sessions: { s_00000000000001: { agent_id: { tool: 'claude', id: 'c', model: 'm' } } },
    humans: { h_00000000000002: { author: 'H <h@x>' } },
    ...meta,
  }, null, 2)}`;
}
