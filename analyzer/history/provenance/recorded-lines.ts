/**
 * Every record read, indexed by (commit, path as it was in that commit): git-ai attestations per
 * annotated commit, Agent Trace layers per revision. What an attestation means needs its note's
 * metadata, read later and only for the notes that matter; the lines an AI tool wrote in one
 * (commit, path) are worked out once, on the first question about them.
 */
import { attestationLayer, type Attestation, type NoteMetadata } from './git-ai-notes.js';
import { AiLines, type Layer } from './line-ranges.js';
import type { LineSource } from './model.js';
import type { TraceRecord } from './agent-trace.js';

interface Note {
  blob: string;
  files: Map<string, Attestation[]>;
}

export class RecordedLines {
  private readonly notes = new Map<string, Note>();
  private readonly traces = new Map<string, Map<string, Layer[]>>();
  private readonly commitsByPath: Record<LineSource, Map<string, Set<string>>> = { 'git-ai': new Map(), 'agent-trace': new Map() };
  /** null: the note's metadata could not be read, so its attestations say nothing */
  private readonly metadata = new Map<string, NoteMetadata | null>();
  private readonly painted = new Map<string, AiLines>();

  private index(source: LineSource, path: string, commit: string): void {
    const commits = this.commitsByPath[source].get(path) ?? new Set<string>();
    commits.add(commit);
    this.commitsByPath[source].set(path, commits);
  }

  addNote(commit: string, blob: string, files: Map<string, Attestation[]>): void {
    this.notes.set(commit, { blob, files });
    for (const path of files.keys()) this.index('git-ai', path, commit);
  }

  /** Records for the same revision and file are laid over each other in the order of the file. */
  addTrace(record: TraceRecord): void {
    const byPath = this.traces.get(record.revision) ?? new Map<string, Layer[]>();
    this.traces.set(record.revision, byPath);
    for (const file of record.files) {
      const layers = byPath.get(file.path) ?? [];
      for (const layer of file.layers) layers.push(layer);
      byPath.set(file.path, layers);
      this.index('agent-trace', file.path, record.revision);
    }
  }

  /** Which records decide for a file known by these names (its path now, then its former paths): git-ai first. */
  sourceOf(names: readonly string[]): LineSource | null {
    if (names.some((name) => this.commitsByPath['git-ai'].has(name))) return 'git-ai';
    if (names.some((name) => this.commitsByPath['agent-trace'].has(name))) return 'agent-trace';
    return null;
  }

  commitsRecording(source: LineSource, path: string): ReadonlySet<string> {
    return this.commitsByPath[source].get(path) ?? new Set();
  }

  noteBlob(commit: string): string | undefined {
    return this.notes.get(commit)?.blob;
  }

  setMetadata(commit: string, metadata: NoteMetadata | null): void {
    this.metadata.set(commit, metadata);
  }

  /** The highest line any record for (commit, path) names, to check against the file's length. */
  lastLine(source: LineSource, commit: string, path: string): number {
    const ranges = source === 'git-ai'
      ? (this.notes.get(commit)?.files.get(path) ?? []).flatMap((a) => a.ranges)
      : (this.traces.get(commit)?.get(path) ?? []).flatMap((layer) => layer.ranges);
    return ranges.reduce((most, [, end]) => Math.max(most, end), 0);
  }

  /** Some record of this kind covers lines of `path` in `commit` (or would, were its metadata readable). */
  records(source: LineSource, commit: string, path: string): boolean {
    return source === 'git-ai' ? this.notes.get(commit)?.files.has(path) === true : this.traces.get(commit)?.has(path) === true;
  }

  isAi(source: LineSource, commit: string, path: string, line: number): boolean {
    const key = `${source}\0${commit}\0${path}`;
    let lines = this.painted.get(key);
    if (lines === undefined) {
      lines = AiLines.paint(this.layers(source, commit, path));
      this.painted.set(key, lines);
    }
    return lines.has(line);
  }

  private layers(source: LineSource, commit: string, path: string): Layer[] {
    if (source === 'agent-trace') return this.traces.get(commit)?.get(path) ?? [];
    const attestations = this.notes.get(commit)?.files.get(path);
    const metadata = this.metadata.get(commit);
    if (attestations === undefined || metadata === undefined || metadata === null) return [];
    return attestations.flatMap((a) => attestationLayer(a, metadata) ?? []);
  }
}
