import { statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { gitReason, runGit, streamGitBounded } from '../../core/git.js';
import { BatchParser, type BatchHandler, type ObjectHeader } from './batch-parser.js';
import type { BlameResult, Detection, NoteEntry, ObjectInfo, ProvenanceGit, ReadOutcome, RepoLayout, TraceBlob } from './provenance-git.js';

export const TRACES_PATH = '.agent-trace/traces.jsonl';
const NOTES_REF = 'refs/notes/ai';
/** git-ai's sharded notes: one ref per first two hex digits of the annotated commit */
export const SHARD_REF = /^refs\/notes\/ai-s\/[0-9a-f]{2}$/;
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export interface ProvenanceLimits {
  /** kill a streaming git call that prints nothing for this long */
  idleMs: number;
  /** and any call after this long */
  totalMs: number;
  /** one `git blame` */
  blameMs: number;
}

export const DEFAULT_PROVENANCE_LIMITS: ProvenanceLimits = { idleMs: 120_000, totalMs: 30 * 60_000, blameMs: 120_000 };

/** A blame.ignoreRevsFile larger than this is not a list of revisions anyone keeps. */
const MAX_IGNORE_REVS_BYTES = 1024 * 1024;

/** `<mode> SP <type> SP <object> SP+ <size> TAB <path>` entries of `ls-tree -l -z`. */
function lsTreeLong(out: Buffer): { mode: string; type: string; id: string; size: number; path: string }[] {
  const entries = [];
  for (const record of out.toString('utf8').split('\0')) {
    const match = /^(\d{6}) (\w+) ([0-9a-f]{40,64}) +(\d+|-)\t([\s\S]*)$/.exec(record);
    if (match) entries.push({ mode: match[1] as string, type: match[2] as string, id: match[3] as string, size: match[4] === '-' ? 0 : Number(match[4]), path: match[5] as string });
  }
  return entries;
}

async function detect(repoDir: string): Promise<Detection> {
  // outside a repository (or with no HEAD) both fail, and there is nothing to read
  const [refs, traces] = await Promise.all([
    runGit(repoDir, ['for-each-ref', '--format=%(refname)', NOTES_REF, 'refs/notes/ai-s/'], { timeoutMs: 30_000 }),
    runGit(repoDir, ['ls-tree', '--full-tree', '-l', '-z', '--end-of-options', 'HEAD', '--', TRACES_PATH], { timeoutMs: 30_000 }),
  ]);
  const noteRefs = refs.exitCode !== 0 ? [] : refs.stdout.toString('utf8').split('\n').filter((ref) => ref === NOTES_REF || SHARD_REF.test(ref));
  // only a regular file: a tracked symbolic link's blob is the name of its target
  const file = traces.exitCode !== 0 ? undefined : lsTreeLong(traces.stdout).find((e) => e.type === 'blob' && e.path === TRACES_PATH && (e.mode === '100644' || e.mode === '100755'));
  const traceFile: TraceBlob | null = file ? { id: file.id, size: file.size } : null;
  return { noteRefs, traceFile };
}

function withoutNewline(out: Buffer): string {
  return out.toString('utf8').replace(/\n$/, '');
}

/**
 * The repository's config can point `git blame` at revision lists (blame.ignoreRevsFile). git
 * 2.39 cannot switch them off from the command line (an empty value only resets the files
 * configured after it, and the list is sorted), so they are honoured as `git blame` and git-ai
 * honour them, but only when each is a regular file of sane size: a FIFO or /dev/zero would make
 * blame wait or read forever.
 */
function ignoreRevsProblem(files: readonly string[], top: string): string | null {
  for (const file of files) {
    if (file === '') continue;
    const path = isAbsolute(file) ? file : join(top, file);
    let problem: string | null = null;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) problem = 'is not a regular file';
      else if (stat.size > MAX_IGNORE_REVS_BYTES) problem = `holds ${stat.size} bytes`;
    } catch {
      problem = 'cannot be read';
    }
    if (problem !== null) return `the repository's blame.ignoreRevsFile "${file}" ${problem}, so git blame would fail or never finish`;
  }
  return null;
}

async function layout(repoDir: string): Promise<RepoLayout> {
  const [top, prefix, ignoreRevs] = await Promise.all([
    runGit(repoDir, ['rev-parse', '--show-toplevel'], { timeoutMs: 30_000 }),
    runGit(repoDir, ['rev-parse', '--show-prefix'], { timeoutMs: 30_000 }),
    runGit(repoDir, ['config', '-z', '--type=path', '--get-all', 'blame.ignoreRevsFile'], { timeoutMs: 30_000 }),
  ]);
  const files = ignoreRevs.exitCode === 0 ? ignoreRevs.stdout.toString('utf8').split('\0').slice(0, -1) : [];
  const blocked = top.exitCode !== 0 ? `git rev-parse failed: ${gitReason(top.stderr)}` : ignoreRevsProblem(files, withoutNewline(top.stdout));
  return { prefix: prefix.exitCode === 0 ? withoutNewline(prefix.stdout) : '', blameBlocked: blocked };
}

async function listNotes(repoDir: string, ref: string): Promise<NoteEntry[]> {
  const result = await runGit(repoDir, ['ls-tree', '--full-tree', '-r', '-z', '-l', '--end-of-options', ref], { timeoutMs: 120_000 });
  if (result.exitCode !== 0) return [];
  const notes: NoteEntry[] = [];
  for (const entry of lsTreeLong(result.stdout)) {
    // a notes tree may fan out (ab/cdef…) and may hold other files, which git notes ignores too
    const object = entry.path.replaceAll('/', '');
    if (entry.type === 'blob' && OBJECT_ID.test(object)) notes.push({ object, blob: entry.id, size: entry.size });
  }
  return notes;
}

/** Runs git with stdin given and stdout streamed, killed when silent or slow; never rejects. */
function streamed(repoDir: string, args: readonly string[], input: Buffer | string, limits: ProvenanceLimits, onChunk: (chunk: Buffer) => void): Promise<ReadOutcome> {
  return streamGitBounded(repoDir, args, limits, onChunk, input);
}

/** `cat-file --batch[-check] -z` over requests (NUL-separated, so a path may hold any byte but NUL). */
async function batch(repoDir: string, requests: readonly string[], withContent: boolean, limits: ProvenanceLimits, handler: BatchHandler): Promise<ReadOutcome> {
  if (requests.length === 0) return { complete: true, reason: null };
  const parser = new BatchParser(requests.length, withContent, handler);
  const outcome = await streamed(repoDir, ['cat-file', withContent ? '--batch' : '--batch-check', '-z'], requests.join('\0'), limits, (chunk) => parser.push(chunk));
  return outcome.complete && !parser.done ? { complete: false, reason: 'git cat-file stopped before answering every request' } : outcome;
}

/**
 * A request whose path holds a newline is left out: git echoes a request it cannot find on one
 * line (`<request> missing`), which such a path would break. No module path holds one.
 */
const askable = (spec: string): boolean => !spec.includes('\n');

async function readBlobs(repoDir: string, ids: readonly string[], limits: ProvenanceLimits, onBlob: (id: string, bytes: Buffer) => void): Promise<ReadOutcome> {
  const asked = ids.filter((id) => OBJECT_ID.test(id));
  let parts: Buffer[] = [];
  let found = false;
  return batch(repoDir, asked, true, limits, {
    start: (_i, header) => {
      parts = [];
      found = header.found && header.type === 'blob';
    },
    data: (_i, chunk) => {
      if (found) parts.push(chunk);
    },
    end: (i) => {
      if (found) onBlob(asked[i] as string, Buffer.concat(parts));
    },
  });
}

async function objectInfo(repoDir: string, specs: readonly string[], limits: ProvenanceLimits): Promise<Map<string, ObjectInfo>> {
  const asked = specs.filter(askable);
  const info = new Map<string, ObjectInfo>();
  const describe = (header: ObjectHeader): ObjectInfo => (!header.found ? { kind: 'missing' } : header.type === 'blob' ? { kind: 'blob', size: header.size } : { kind: 'other' });
  await batch(repoDir, asked, false, limits, { start: (i, header) => info.set(asked[i] as string, describe(header)), data: () => undefined, end: () => undefined });
  return info;
}

async function lineCounts(repoDir: string, specs: readonly string[], limits: ProvenanceLimits): Promise<Map<string, number | null>> {
  const asked = specs.filter(askable);
  const counts = new Map<string, number | null>();
  let newlines = 0;
  let last = -1;
  let blob = false;
  await batch(repoDir, asked, true, limits, {
    start: (_i, header) => {
      newlines = 0;
      last = -1;
      blob = header.found && header.type === 'blob';
    },
    data: (_i, chunk) => {
      for (let at = chunk.indexOf(0x0a); at >= 0; at = chunk.indexOf(0x0a, at + 1)) newlines += 1;
      last = chunk[chunk.length - 1] ?? last;
    },
    // a last line without its newline is a line too, as blame counts it
    end: (i) => counts.set(asked[i] as string, blob ? newlines + (last !== -1 && last !== 0x0a ? 1 : 0) : null),
  });
  return counts;
}

async function blame(repoDir: string, commit: string, path: string, limits: ProvenanceLimits): Promise<BlameResult> {
  // git blame takes no --end-of-options (git 2.39 prints its usage); the commit is a full object
  // id, checked here, so it can never be read as an option, and the path comes after `--`.
  if (!OBJECT_ID.test(commit)) return { ok: false, reason: `"${commit}" is not a commit id` };
  const result = await runGit(repoDir, [
    // the defaults, pinned against the repository's own config
    '-c', 'diff.indentHeuristic=true', '-c', 'blame.markIgnoredLines=false', '-c', 'blame.markUnblamableLines=false',
    // --no-textconv: blame runs a configured textconv driver by default
    'blame', '--porcelain', '-M', '--no-textconv', commit, '--', path,
  ], { timeoutMs: limits.blameMs });
  if (result.exitCode === 0) return { ok: true, porcelain: result.stdout.toString('utf8') };
  return { ok: false, reason: result.exitCode === null ? `git blame ran longer than ${limits.blameMs / 1000} s` : `git blame failed: ${gitReason(result.stderr) || `exit ${String(result.exitCode)}`}` };
}

export function realProvenanceGit(repoDir: string, limits: ProvenanceLimits = DEFAULT_PROVENANCE_LIMITS): ProvenanceGit {
  return {
    detect: () => detect(repoDir),
    layout: () => layout(repoDir),
    listNotes: (ref) => listNotes(repoDir, ref),
    readBlobs: (ids, onBlob) => readBlobs(repoDir, ids, limits, onBlob),
    streamBlob: (id, onChunk) =>
      OBJECT_ID.test(id) ? streamed(repoDir, ['cat-file', 'blob', '--end-of-options', id], '', limits, onChunk) : Promise.resolve({ complete: false, reason: `"${id}" is not a blob id` }),
    objectInfo: (specs) => objectInfo(repoDir, specs, limits),
    lineCounts: (specs) => lineCounts(repoDir, specs, limits),
    blame: (commit, path) => blame(repoDir, commit, path, limits),
  };
}
