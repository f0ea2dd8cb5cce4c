import { createHash } from 'node:crypto';
import { TOOL_VERSION } from '../core/version.js';

/**
 * A cache file is one header line and the payload: `{format, toolVersion, kind, digest}\n<json>`.
 * Anything else (another version, another format, a different kind, a payload that does not match
 * its digest, a file cut short) reads as nothing.
 */
const CACHE_FORMAT = 1;

export type EntryKind = 'parses' | 'history' | 'resolutions' | 'metrics' | 'stamps';

interface Header {
  format: number;
  toolVersion: string;
  kind: EntryKind;
  digest: string;
}

const digestOf = (payload: string): string => createHash('sha1').update(payload).digest('hex');

export function encodeEntry(kind: EntryKind, value: unknown, toolVersion = TOOL_VERSION): string {
  const payload = JSON.stringify(value);
  const header: Header = { format: CACHE_FORMAT, toolVersion, kind, digest: digestOf(payload) };
  return `${JSON.stringify(header)}\n${payload}`;
}

/** The stored value, or undefined when the entry is not one this version wrote intact. */
export function decodeEntry(kind: EntryKind, text: string): unknown {
  const newline = text.indexOf('\n');
  return newline < 0 ? undefined : decodeParts(kind, text.slice(0, newline), text.slice(newline + 1));
}

/**
 * Entries one after another, each `header\npayload\n` (a journal appended to run by run): the
 * values of the intact entries from the start, up to the first that is not (a write cut short);
 * `whole` when every byte belonged to an intact entry.
 */
export function decodeEntries(kind: EntryKind, text: string): { values: unknown[]; whole: boolean } {
  const values: unknown[] = [];
  let at = 0;
  while (at < text.length) {
    const headerEnd = text.indexOf('\n', at);
    const payloadEnd = headerEnd < 0 ? -1 : text.indexOf('\n', headerEnd + 1);
    if (payloadEnd < 0) break;
    const value = decodeParts(kind, text.slice(at, headerEnd), text.slice(headerEnd + 1, payloadEnd));
    if (value === undefined) break;
    values.push(value);
    at = payloadEnd + 1;
  }
  return { values, whole: at === text.length };
}

function decodeParts(kind: EntryKind, headerLine: string, payload: string): unknown {
  try {
    const header = JSON.parse(headerLine) as Partial<Header> | null;
    if (header?.format !== CACHE_FORMAT || header.toolVersion !== TOOL_VERSION || header.kind !== kind) return undefined;
    return header.digest === digestOf(payload) ? (JSON.parse(payload) as unknown) : undefined;
  } catch {
    return undefined;
  }
}
