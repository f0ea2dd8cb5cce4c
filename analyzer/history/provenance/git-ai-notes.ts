/**
 * git-ai authorship notes (Git AI Standard v3.0.0, `specs/git_ai_standard_v3.0.0.md` in
 * git-ai-project/git-ai): attached to commit C under refs/notes/ai, a note says which lines of
 * which files *in C* which session wrote. Layout:
 *
 *     src/main.rs
 *       s_c9883b05a2487d::t_9f8e7d6c5b4a32 1-10,15-20
 *       h_31dce776f88375 35-40
 *     ---
 *     { "schema_version": "authorship/3.0.0", "prompts": {…}, "sessions": {…}, "humans": {…} }
 *
 * The attestation section (above `---`) is read for every note; the JSON metadata below it, which
 * holds prompt records and can run to megabytes, only for the notes of commits that blame gives a
 * measured line to.
 */
import { clip, parseRangeList, type Layer, type LineRange } from './line-ranges.js';
import { recordPathProblem } from './record-path.js';

export interface Attestation {
  key: string;
  ranges: LineRange[];
}

export interface NoteAttestations {
  /** file path in the annotated commit → its entries, in note order */
  files: Map<string, Attestation[]>;
  /** file paths refused (with why): the note is still read without them */
  badPaths: { path: string; why: string }[];
}

const DIVIDER = '---';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** git-ai reads a note only when it is valid UTF-8. */
function utf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Where the metadata starts: after the first line that is exactly `---` (a trailing CR aside, as Rust's `lines()` drops it). */
function dividerAt(bytes: Buffer): { head: number; meta: number } | null {
  let from = 0;
  for (;;) {
    const at = bytes.indexOf(DIVIDER, from, 'latin1');
    if (at < 0) return null;
    from = at + 1;
    if (at > 0 && bytes[at - 1] !== 0x0a) continue;
    let end = at + DIVIDER.length;
    if (bytes[end] === 0x0d) end += 1;
    if (end === bytes.length) return { head: at, meta: end };
    if (bytes[end] === 0x0a) return { head: at, meta: end + 1 };
  }
}

/**
 * The attestation section, read as git-ai's own parser reads it: lines trimmed at the end, blank
 * lines skipped, an entry is indented by two spaces and holds a key, one space and a range list,
 * any other line names a file (wrapped in double quotes when it holds whitespace). A file with no
 * entry is dropped. Anything else makes the note unreadable, as it does for git-ai.
 */
export function parseAttestations(bytes: Buffer, keep: (path: string) => boolean = () => true): NoteAttestations | string {
  const divider = dividerAt(bytes);
  if (divider === null) return 'no "---" line between the attestations and the metadata';
  const text = utf8(bytes.subarray(0, divider.head));
  if (text === null) return 'the attestation section is not UTF-8';
  const files = new Map<string, Attestation[]>();
  const badPaths: NoteAttestations['badPaths'] = [];
  let current: { path: string; entries: Attestation[]; keep: boolean } | null = null;
  const close = (): void => {
    // the first block for a path wins, as git-ai looks a path up with find()
    if (current && current.keep && current.entries.length > 0 && !files.has(current.path)) files.set(current.path, current.entries);
  };
  // files that are not kept are still read (a bad entry anywhere makes the note unreadable, as for git-ai), not stored
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] as string).replace(/\s+$/, '');
    if (line === '') continue;
    if (line.startsWith('  ')) {
      const entry = line.slice(2);
      const space = entry.indexOf(' ');
      if (space <= 0) return `line ${n + 1}: an attestation without a key and line ranges`;
      if (current === null) return `line ${n + 1}: an attestation before any file path`;
      const ranges = parseRangeList(entry.slice(space + 1));
      if (typeof ranges === 'string') return `line ${n + 1}: ${ranges}`;
      current.entries.push({ key: entry.slice(0, space), ranges });
      continue;
    }
    close();
    const path = line.length >= 2 && line.startsWith('"') && line.endsWith('"') ? line.slice(1, -1) : line;
    const why = recordPathProblem(path);
    if (why !== null) badPaths.push({ path: clip(path, 200), why });
    current = { path, entries: [], keep: why === null && keep(path) };
  }
  close();
  return { files, badPaths };
}

/** The metadata keys that give an attestation its meaning. */
export interface NoteMetadata {
  prompts: ReadonlySet<string>;
  sessions: ReadonlySet<string>;
  humans: ReadonlySet<string>;
}

const SCHEMA = /^authorship\/3\.\d+\.\d+$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The JSON below the divider. Version 3.0.0 is the one this reader implements; the standard keeps
 * `authorship/3.0.0` for its additive changes, so any 3.x is read and any other refused.
 * `prompts` is required, `sessions` and `humans` may be absent (older notes).
 */
export function parseMetadata(bytes: Buffer): NoteMetadata | string {
  const divider = dividerAt(bytes);
  if (divider === null) return 'no "---" line between the attestations and the metadata';
  const text = utf8(bytes.subarray(divider.meta));
  if (text === null) return 'the metadata is not UTF-8';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return `the metadata is not JSON (${clip(error instanceof Error ? error.message : String(error), 80)})`;
  }
  if (!isRecord(json)) return 'the metadata is not a JSON object';
  const version = json['schema_version'];
  if (typeof version !== 'string') return 'the metadata has no schema_version string';
  if (!SCHEMA.test(version)) return `schema_version "${clip(version)}" is not authorship/3.x`;
  const prompts = json['prompts'];
  if (!isRecord(prompts)) return 'the metadata has no prompts object';
  const sessions = json['sessions'] ?? {};
  const humans = json['humans'] ?? {};
  if (!isRecord(sessions)) return 'sessions is not an object';
  if (!isRecord(humans)) return 'humans is not an object';
  return { prompts: new Set(Object.keys(prompts)), sessions: new Set(Object.keys(sessions)), humans: new Set(Object.keys(humans)) };
}

/**
 * An attestation's say, by its key's prefix (standard 1.2.3.1) and whether the note's metadata
 * holds the record the key points to, as git-ai's own blame resolves it: `h_…` is a known human,
 * `s_<session>::t_<trace>` an AI session, a bare key a (legacy) AI prompt. A key whose record is
 * missing says nothing, and an earlier attestation of the line decides. (git-ai also looks a
 * missing bare key up in other notes; blastmap does not, so such lines count as not AI-written.)
 */
export function attestationLayer(attestation: Attestation, meta: NoteMetadata): Layer | null {
  const { key, ranges } = attestation;
  if (key.startsWith('h_')) return meta.humans.has(key) ? { ai: false, ranges } : null;
  if (key.startsWith('s_')) return meta.sessions.has(key.split('::')[0] as string) ? { ai: true, ranges } : null;
  return meta.prompts.has(key) ? { ai: true, ranges } : null;
}
