/**
 * Reads the git-ai notes: `refs/notes/ai`, and git-ai's sharded refs `refs/notes/ai-s/<xx>`
 * (one per first two hex digits of the annotated commit; git-ai reads a commit's shard first and
 * falls back to refs/notes/ai, and so does this). Only the attestation section is kept.
 */
import { mapBounded } from './bounded.js';
import { parseAttestations, parseMetadata } from './git-ai-notes.js';
import type { ProblemTally } from './problems.js';
import type { NoteEntry, ProvenanceGit } from './provenance-git.js';
import type { RecordLimits } from './record-limits.js';
import type { RecordedLines } from './recorded-lines.js';

const shardOf = (ref: string): string | null => (ref.startsWith('refs/notes/ai-s/') ? ref.slice('refs/notes/ai-s/'.length) : null);

/** One note per annotated object: its own shard's note, else the one in refs/notes/ai. */
async function chooseNotes(git: ProvenanceGit, refs: readonly string[]): Promise<NoteEntry[]> {
  const listings = await mapBounded(refs, 4, (ref) => git.listNotes(ref));
  const chosen = new Map<string, NoteEntry>();
  refs.forEach((ref, i) => {
    const shard = shardOf(ref);
    for (const note of listings[i] ?? []) {
      // the shard's note wins over refs/notes/ai's whichever comes first; a note in another
      // commit's shard is one git-ai never reads
      if (shard === null) {
        if (!chosen.has(note.object)) chosen.set(note.object, note);
      } else if (note.object.startsWith(shard)) chosen.set(note.object, note);
    }
  });
  return [...chosen.values()].sort((a, b) => (a.object < b.object ? -1 : 1));
}

export interface NotesRead {
  notes: number;
  /** why reading stopped short, when it did */
  incomplete: string | null;
}

export async function readNotes(git: ProvenanceGit, refs: readonly string[], recorded: RecordedLines, problems: ProblemTally, limits: RecordLimits, keep: (path: string) => boolean): Promise<NotesRead> {
  const notes = await chooseNotes(git, refs);
  const byBlob = new Map<string, string[]>();
  let budget = limits.notesBytes;
  let unread = 0;
  for (const note of notes) {
    if (note.size > limits.noteBytes) {
      problems.add('provenance-note-unreadable', `note on ${note.object.slice(0, 12)}: ${note.size} bytes, over the ${limits.noteBytes} read`);
      continue;
    }
    const objects = byBlob.get(note.blob);
    if (objects) {
      // the same text on several commits is read once
      objects.push(note.object);
      continue;
    }
    if (note.size > budget) {
      unread += 1;
      continue;
    }
    budget -= note.size;
    byBlob.set(note.blob, [note.object]);
  }
  let read = 0;
  const outcome = await git.readBlobs([...byBlob.keys()], (blob, bytes) => {
    const objects = byBlob.get(blob) ?? [];
    const parsed = parseAttestations(bytes, keep);
    if (typeof parsed === 'string') {
      for (const object of objects) problems.add('provenance-note-unreadable', `note on ${object.slice(0, 12)}: ${parsed}`);
      return;
    }
    for (const bad of parsed.badPaths) problems.add('provenance-bad-path', `"${bad.path}" in the note on ${(objects[0] ?? '').slice(0, 12)}: ${bad.why}`);
    for (const object of objects) recorded.addNote(object, blob, parsed.files);
    read += objects.length;
  });
  const stops = [
    ...(unread > 0 ? [`${unread} git-ai notes were left unread: together the notes are over ${limits.notesBytes} bytes`] : []),
    ...(outcome.complete ? [] : [`reading git-ai notes stopped after ${read} of ${notes.length}: ${outcome.reason ?? 'unknown reason'}`]),
  ];
  return { notes: read, incomplete: stops.length > 0 ? stops.join('; ') : null };
}

/** The metadata of the notes on these commits, read into `recorded`; a note whose metadata is unreadable then says nothing. */
export async function readNoteMetadata(git: ProvenanceGit, commits: Iterable<string>, recorded: RecordedLines, problems: ProblemTally): Promise<string | null> {
  const byBlob = new Map<string, string[]>();
  for (const commit of commits) {
    const blob = recorded.noteBlob(commit);
    if (blob !== undefined) byBlob.set(blob, [...(byBlob.get(blob) ?? []), commit]);
  }
  const outcome = await git.readBlobs([...byBlob.keys()], (blob, bytes) => {
    const metadata = parseMetadata(bytes);
    for (const commit of byBlob.get(blob) ?? []) {
      if (typeof metadata === 'string') problems.add('provenance-note-unreadable', `note on ${commit.slice(0, 12)}: ${metadata}`);
      recorded.setMetadata(commit, typeof metadata === 'string' ? null : metadata);
    }
  });
  return outcome.complete ? null : `reading git-ai note metadata stopped: ${outcome.reason ?? 'unknown reason'}`;
}
