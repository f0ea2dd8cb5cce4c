/** Reads `.agent-trace/traces.jsonl` as committed at HEAD, line by line as git streams it. */
import { parseTraceLine } from './agent-trace.js';
import { clip } from './line-ranges.js';
import type { ProblemTally } from './problems.js';
import type { ProvenanceGit, TraceBlob } from './provenance-git.js';
import type { RecordLimits } from './record-limits.js';
import type { RecordedLines } from './recorded-lines.js';

export interface TracesRead {
  records: number;
  incomplete: string | null;
}

export async function readTraces(git: ProvenanceGit, file: TraceBlob, recorded: RecordedLines, problems: ProblemTally, limits: RecordLimits, keep: (path: string) => boolean): Promise<TracesRead> {
  let records = 0;
  let lineNo = 0;
  let partial: Buffer[] = [];
  let partialBytes = 0;
  let overlong = false;
  let total = 0;
  const take = (bytes: Buffer): void => {
    lineNo += 1;
    if (overlong) {
      problems.add('provenance-trace-unreadable', `line ${lineNo}: longer than ${limits.traceLineBytes} bytes`);
      return;
    }
    const text = bytes.toString('utf8').replace(/\r$/, '');
    if (text.trim() === '') return;
    const parsed = parseTraceLine(text);
    if (parsed.kind === 'record') {
      records += 1;
      recorded.addTrace({ ...parsed.record, files: parsed.record.files.filter((f) => keep(f.path)) });
      for (const bad of parsed.record.badPaths) problems.add('provenance-bad-path', `"${bad.path}" on line ${lineNo} of .agent-trace/traces.jsonl: ${bad.why}`);
    } else problems.add('provenance-trace-unreadable', `line ${lineNo}: ${clip(parsed.kind === 'unplaced' ? `${parsed.why}, so no line can be traced to it` : parsed.why, 120)}`);
  };
  const hold = (piece: Buffer): void => {
    if (overlong) return;
    partialBytes += piece.length;
    if (partialBytes > limits.traceLineBytes) {
      overlong = true;
      partial = [];
    } else partial.push(piece);
  };
  const outcome = await git.streamBlob(file.id, (chunk) => {
    total += chunk.length;
    if (total > limits.traceBytes) throw new Error(`.agent-trace/traces.jsonl is over ${limits.traceBytes} bytes; what follows line ${lineNo} was not read`);
    let at = 0;
    for (let newline = chunk.indexOf(0x0a); newline >= 0; newline = chunk.indexOf(0x0a, at)) {
      hold(chunk.subarray(at, newline));
      take(Buffer.concat(partial));
      partial = [];
      partialBytes = 0;
      overlong = false;
      at = newline + 1;
    }
    if (at < chunk.length) hold(chunk.subarray(at));
  });
  // the last line needs no newline, but only a stream read to its end has one
  if (outcome.complete && (partialBytes > 0 || overlong)) take(Buffer.concat(partial));
  return { records, incomplete: outcome.complete ? null : `reading .agent-trace/traces.jsonl stopped: ${outcome.reason ?? 'unknown reason'}` };
}
