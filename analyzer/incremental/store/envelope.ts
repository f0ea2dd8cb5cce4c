import { TOOL_VERSION } from '../../core/version.js';
import { digestOf } from '../keys.js';

/**
 * A cache file is one header line and the payload: `{format, toolVersion, kind, digest}\n<json>`.
 * Anything else (another version, another format, a different kind, a payload that does not match
 * its digest, a file cut short) reads as nothing.
 */
const CACHE_FORMAT = 2;

/** What an entry holds: the kinds of memory.ts, and history snapshots. */
export type EntryKind = 'graph' | 'graph-key' | 'parses' | 'history' | 'resolutions' | 'metrics' | 'stamps' | 'symbols';

interface Header {
  format: number;
  toolVersion: string;
  kind: EntryKind;
  digest: string;
}

const payloadDigest = (payload: string | Buffer): string => digestOf([payload]);

export function encodeEntry(kind: EntryKind, value: unknown, toolVersion = TOOL_VERSION): string {
  const payload = JSON.stringify(value);
  const header: Header = { format: CACHE_FORMAT, toolVersion, kind, digest: payloadDigest(payload) };
  return `${JSON.stringify(header)}\n${payload}`;
}

const NEWLINE = 0x0a;

/**
 * The stored value, or undefined when the entry is not one this version wrote intact. Given the
 * file's bytes, the digest is taken over them as they are (no second UTF-8 encoding).
 */
export function decodeEntry(kind: EntryKind, entry: string | Buffer): unknown {
  const bytes = typeof entry === 'string' ? Buffer.from(entry) : entry;
  const newline = bytes.indexOf(NEWLINE);
  return newline < 0 ? undefined : decodeParts(kind, bytes.subarray(0, newline), bytes.subarray(newline + 1));
}

/**
 * Entries one after another, each `header\npayload\n` (a journal appended to run by run): the
 * values of the intact entries from the start, up to the first that is not (a write cut short);
 * `whole` when every byte belonged to an intact entry.
 */
export function decodeEntries(kind: EntryKind, bytes: Buffer): { values: unknown[]; whole: boolean } {
  const values: unknown[] = [];
  let at = 0;
  while (at < bytes.length) {
    const headerEnd = bytes.indexOf(NEWLINE, at);
    const payloadEnd = headerEnd < 0 ? -1 : bytes.indexOf(NEWLINE, headerEnd + 1);
    if (payloadEnd < 0) break;
    const value = decodeParts(kind, bytes.subarray(at, headerEnd), bytes.subarray(headerEnd + 1, payloadEnd));
    if (value === undefined) break;
    values.push(value);
    at = payloadEnd + 1;
  }
  return { values, whole: at === bytes.length };
}

function decodeParts(kind: EntryKind, headerLine: Buffer, payload: Buffer): unknown {
  try {
    const header = JSON.parse(headerLine.toString('utf8')) as Partial<Header> | null;
    if (header?.format !== CACHE_FORMAT || header.toolVersion !== TOOL_VERSION || header.kind !== kind) return undefined;
    return header.digest === payloadDigest(payload) ? (JSON.parse(payload.toString('utf8')) as unknown) : undefined;
  } catch {
    return undefined;
  }
}
