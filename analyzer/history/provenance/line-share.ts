/**
 * The second half of the step: which files at HEAD the records name (under their name now or a
 * former one); `git blame` of those files only, a few at a time, beside a check of each record
 * against the file it names; then each line is counted as AI-written when the record of the
 * commit that last wrote it says so for that line (at its line number in that commit, under its
 * name there).
 */
import type { WarningSink } from '../../core/warnings.js';
import { readBlame, type BlamedLine } from './blame.js';
import { mapBounded } from './bounded.js';
import type { LineShare, LineSource, ProvenanceModel } from './model.js';
import type { ProvenanceGit } from './provenance-git.js';
import { readNoteMetadata } from './read-notes.js';
import type { RecordsRead } from './read-records.js';

export interface MeasureInput {
  git: ProvenanceGit;
  records: RecordsRead;
  /** HEAD's full commit id */
  head: string;
  /** the files at HEAD, keyed by their path under the analyzed directory, with their former root-relative paths */
  files: ReadonlyMap<string, { formerPaths: readonly string[] }>;
  /** which of them could be modules (the rest are not blamed) */
  wanted: (path: string) => boolean;
  /** files larger than this are left out of the graph, so they are not blamed either */
  maxFileBytes: number;
  concurrency: number;
  progress: (done: number, total: number) => void;
  warnings: WarningSink;
}

interface Candidate {
  /** path under the analyzed directory */
  key: string;
  /** root-relative names: now, then former */
  names: string[];
  source: LineSource;
}

const short = (commit: string): string => commit.slice(0, 12);

function candidates(input: MeasureInput): Candidate[] {
  const { prefix } = input.records.layout;
  const found: Candidate[] = [];
  for (const [key, file] of input.files) {
    if (!input.wanted(key)) continue;
    const names = [prefix + key, ...file.formerPaths];
    const source = input.records.recorded.sourceOf(names);
    if (source !== null) found.push({ key, names, source });
  }
  return found.sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Blobs at HEAD within the size cap: a staged-only path, a submodule or a huge file is not blamed. */
async function blamable(input: MeasureInput, found: Candidate[]): Promise<Candidate[]> {
  const spec = (c: Candidate): string => `${input.head}:${c.names[0] as string}`;
  const info = await input.git.objectInfo(found.map(spec));
  return found.filter((c) => {
    const object = info.get(spec(c));
    return object?.kind === 'blob' && object.size <= input.maxFileBytes;
  });
}

/**
 * Each (commit, name) a record gives for a measured file: the file must be in that commit, and
 * long enough. A record for a commit this repository does not have is not checked: notes of
 * commits rebased away or never fetched are common (git-ai's own repository has hundreds), and
 * blame never reaches them.
 */
async function checkRecords(input: MeasureInput, measured: Candidate[]): Promise<void> {
  const { recorded, problems } = input.records;
  const pairs: { source: LineSource; commit: string; path: string }[] = [];
  const seen = new Set<string>();
  for (const c of measured) {
    for (const path of c.names) {
      for (const commit of recorded.commitsRecording(c.source, path)) {
        const key = `${c.source}\0${commit}\0${path}`;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push({ source: c.source, commit, path });
      }
    }
  }
  const commits = [...new Set(pairs.map((p) => p.commit))];
  const found = await input.git.objectInfo(commits);
  const present = pairs.filter((p) => (found.get(p.commit)?.kind ?? 'missing') !== 'missing');
  const counts = await input.git.lineCounts(present.map((p) => `${p.commit}:${p.path}`));
  for (const { source, commit, path } of present) {
    const lines = counts.get(`${commit}:${path}`);
    if (lines === undefined) continue;
    const what = source === 'git-ai' ? `the git-ai note on ${short(commit)}` : `an Agent Trace record for ${short(commit)}`;
    if (lines === null) problems.add('provenance-record-mismatch', `${what} names ${path}, which that commit does not have`);
    else {
      const last = recorded.lastLine(source, commit, path);
      // the lines that exist are still counted: a range past the end matches no line blame gives
      if (last > lines) problems.add('provenance-record-mismatch', `${what} gives line ${last} of ${path}, which has ${lines} lines there`);
    }
  }
}

/** A file's lines as blame gave them: how many, and those whose commit has a record for the file's name there. */
interface Blamed {
  lines: number;
  recorded: BlamedLine[];
}

async function blameFile(input: MeasureInput, c: Candidate, names: Map<string, string>): Promise<Blamed | null> {
  const blamed = await input.git.blame(input.head, c.key);
  if (!blamed.ok) {
    input.warnings.add('provenance-blame-failed', `${blamed.reason}; its line-level AI share is unknown`, c.key);
    return null;
  }
  const recorded: BlamedLine[] = [];
  // one string per commit and path for the whole run, not a slice of each blame's output per line
  const intern = (text: string): string => names.get(text) ?? (names.set(text, text), text);
  const lines = readBlame(blamed.porcelain, ({ commit, line, path }) => {
    if (input.records.recorded.records(c.source, commit, path)) recorded.push({ commit: intern(commit), line, path: intern(path) });
  });
  if (typeof lines === 'string') {
    input.warnings.add('provenance-blame-failed', `git blame's output could not be read (${lines}); its line-level AI share is unknown`, c.key);
    return null;
  }
  return { lines, recorded };
}

export async function measureLineShares(input: MeasureInput): Promise<ProvenanceModel> {
  const { records, warnings } = input;
  const model: ProvenanceModel = {
    gitAi: records.gitAi,
    agentTrace: records.agentTrace,
    notesRead: records.notesRead,
    traceRecordsRead: records.traceRecordsRead,
    filesBlamed: 0,
    files: new Map(),
  };
  const incomplete = [...records.incomplete];
  try {
    const found = candidates(input);
    if (found.length === 0) return model;
    if (records.layout.blameBlocked !== null) {
      incomplete.push(`no file was blamed: ${records.layout.blameBlocked}`);
      return model;
    }
    const measured = await blamable(input, found);
    const checked = checkRecords(input, measured);
    let done = 0;
    const names = new Map<string, string>();
    const blamed = await mapBounded(measured, input.concurrency, async (c) => {
      const result = await blameFile(input, c, names);
      input.progress(++done, measured.length);
      return result;
    });
    model.filesBlamed = measured.length;
    // a note's metadata (prompt records: megabytes at times) is read only for the commits blame gave a line to
    const noteCommits = new Set(measured.flatMap((c, i) => (c.source === 'git-ai' ? (blamed[i]?.recorded ?? []).map((l) => l.commit) : [])));
    const [metadataStop] = await Promise.all([readNoteMetadata(input.git, noteCommits, records.recorded, records.problems), checked]);
    if (metadataStop !== null) incomplete.push(metadataStop);
    measured.forEach((c, i) => {
      const file = blamed[i];
      if (!file || file.lines === 0) return;
      const aiLines = file.recorded.filter((l) => records.recorded.isAi(c.source, l.commit, l.path, l.line)).length;
      model.files.set(c.key, { aiLines, lines: file.lines, source: c.source } satisfies LineShare);
    });
    return model;
  } finally {
    records.problems.flushInto(warnings);
    for (const reason of incomplete) warnings.add('provenance-incomplete', `line-level AI provenance is incomplete: ${reason}`);
  }
}
