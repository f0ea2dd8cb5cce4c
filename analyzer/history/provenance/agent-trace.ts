/**
 * Agent Trace records (cursor/agent-trace, spec 0.1.0, README.md and schemas.ts there), one JSON
 * object per line of `.agent-trace/traces.jsonl`. A record names a revision (`vcs`), and per file
 * conversations whose line ranges refer to positions *at that revision* (spec 6.5: blame a line,
 * look up the trace for that revision and file, find the range holding the line). The
 * contributor is the conversation's, unless a range overrides it; only `ai` counts as written by
 * an AI tool (`mixed` is human-edited AI output or the reverse, `unknown` is unknown).
 */
import type { Layer, LineRange } from './line-ranges.js';
import { clip } from './line-ranges.js';
import { recordPathProblem } from './record-path.js';

export interface TraceFile {
  path: string;
  /** one layer per range, in record order: a later one decides where they overlap */
  layers: Layer[];
}

export interface TraceRecord {
  /** full commit id, lowercase */
  revision: string;
  files: TraceFile[];
  badPaths: { path: string; why: string }[];
}

export type TraceLine =
  | { kind: 'record'; record: TraceRecord }
  /** valid, but tied to nothing blame can reach (no git revision) */
  | { kind: 'unplaced'; why: string }
  | { kind: 'bad'; why: string };

const CONTRIBUTOR_TYPES = new Set(['human', 'ai', 'mixed', 'unknown']);
const VCS_TYPES = new Set(['git', 'jj', 'hg', 'svn']);
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/**
 * The spec is 0.1.0, and its reference hook writes "1.0"; both carry the fields read here with
 * the same meaning. A later major version may not, so it is left out.
 */
const VERSION = /^([01])\.\d+(?:\.\d+)?$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isLine = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;

class Bad extends Error {}

function need(ok: boolean, why: string): asserts ok {
  if (!ok) throw new Bad(why);
}

/** The contributor type a `contributor` field gives, or `inherited` when absent. */
function contributorType(value: unknown, at: string, inherited: string): string {
  if (value === undefined) return inherited;
  need(isObject(value), `${at} is not an object`);
  const type = value['type'];
  need(typeof type === 'string' && CONTRIBUTOR_TYPES.has(type), `${at}.type is not one of human, ai, mixed, unknown`);
  need(value['model_id'] === undefined || typeof value['model_id'] === 'string', `${at}.model_id is not a string`);
  return type;
}

function readRanges(value: unknown, at: string, inherited: string): Layer[] {
  need(Array.isArray(value), `${at} is not an array`);
  return value.map((range: unknown, k) => {
    const here = `${at}[${k}]`;
    need(isObject(range), `${here} is not an object`);
    const start = range['start_line'];
    const end = range['end_line'];
    need(isLine(start), `${here}.start_line is not an integer ≥ 1`);
    need(isLine(end), `${here}.end_line is not an integer ≥ 1`);
    need(end >= start, `${here} ends before it starts`);
    const type = contributorType(range['contributor'], `${here}.contributor`, inherited);
    return { ai: type === 'ai', ranges: [[start, end] as LineRange] };
  });
}

function readFile(value: unknown, at: string): { path: string; layers: Layer[] } {
  need(isObject(value), `${at} is not an object`);
  const path = value['path'];
  need(typeof path === 'string', `${at}.path is not a string`);
  const conversations = value['conversations'];
  need(Array.isArray(conversations), `${at}.conversations is not an array`);
  const layers = conversations.flatMap((conversation: unknown, k) => {
    const here = `${at}.conversations[${k}]`;
    need(isObject(conversation), `${here} is not an object`);
    // a range without any contributor has an unknown origin: it does not count as AI-written
    const type = contributorType(conversation['contributor'], `${here}.contributor`, 'unknown');
    return readRanges(conversation['ranges'], `${here}.ranges`, type);
  });
  return { path, layers };
}

/** One line of traces.jsonl, checked against the 0.1.0 record schema for every field it reads. */
export function parseTraceLine(line: string): TraceLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { kind: 'bad', why: 'not JSON' };
  }
  try {
    need(isObject(json), 'not a JSON object');
    const version = json['version'];
    need(typeof version === 'string', 'version is not a string');
    need(VERSION.test(version), `version "${clip(version, 20)}" is not 0.x or 1.x`);
    need(typeof json['id'] === 'string', 'id is not a string');
    need(typeof json['timestamp'] === 'string', 'timestamp is not a string');
    const filesValue = json['files'];
    need(Array.isArray(filesValue), 'files is not an array');
    const files = filesValue.map((file: unknown, k) => readFile(file, `files[${k}]`));
    const vcs = json['vcs'];
    if (vcs === undefined) return { kind: 'unplaced', why: 'no vcs revision' };
    need(isObject(vcs), 'vcs is not an object');
    need(typeof vcs['type'] === 'string' && VCS_TYPES.has(vcs['type']), 'vcs.type is not one of git, jj, hg, svn');
    need(typeof vcs['revision'] === 'string', 'vcs.revision is not a string');
    if (vcs['type'] !== 'git') return { kind: 'unplaced', why: `a ${vcs['type']} revision` };
    const revision = vcs['revision'];
    if (!COMMIT_ID.test(revision)) return { kind: 'unplaced', why: `vcs.revision "${clip(revision, 20)}" is not a full commit id` };
    const badPaths: TraceRecord['badPaths'] = [];
    const kept = files.filter((file) => {
      const why = recordPathProblem(file.path);
      if (why !== null) badPaths.push({ path: clip(file.path, 200), why });
      return why === null;
    });
    return { kind: 'record', record: { revision: revision.toLowerCase(), files: kept, badPaths } };
  } catch (error) {
    if (error instanceof Bad) return { kind: 'bad', why: error.message };
    throw error;
  }
}
