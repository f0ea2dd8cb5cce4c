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
  if (newline < 0) return undefined;
  try {
    const header = JSON.parse(text.slice(0, newline)) as Partial<Header> | null;
    if (header?.format !== CACHE_FORMAT || header.toolVersion !== TOOL_VERSION || header.kind !== kind) return undefined;
    const payload = text.slice(newline + 1);
    return header.digest === digestOf(payload) ? (JSON.parse(payload) as unknown) : undefined;
  } catch {
    return undefined;
  }
}
