/**
 * A report.json given on the command line (`blastmap diff`, `analyze --baseline`, `view`), read, upgraded
 * to the current schema (report/upgrade, the viewer's reader too) and validated. Anything that is
 * not a readable blastmap report of a version this build reads is a UsageError: one line, exit 2.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadReport } from '../report/compare/compare-reports.js';
import type { Report } from '../report/schema/index.js';
import { SCHEMA_VERSION } from '../report/schema/version.js';
import { upgradeToVersion2 } from '../report/upgrade/to-version-2.js';
import { reportErrors } from '../report/validate.js';
import { printable } from './printable.js';
import { UsageError } from './usage-error.js';

/** The schema versions a report may have been written with. */
export const READABLE_VERSIONS: readonly number[] = [SCHEMA_VERSION, 1];

/** Node cannot hold a string much above 512 MiB; a report that large is refused before reading. */
export const MAX_REPORT_BYTES = 400 * 1024 * 1024;

/**
 * `role`: "old", "new" or "baseline", named in every message, or "" for the one report a command
 * reads (`blastmap view`); `verb`: the command reading it.
 */
export async function readReportFile(given: string, role: string, verb: string): Promise<ReadReport> {
  const report = role === '' ? 'report' : `${role} report`;
  let file = given;
  let info = await stat(file).catch(() => null);
  // a folder `analyze --out` wrote stands for its report.json, as for `blastmap view`
  if (info?.isDirectory()) {
    file = join(given, 'report.json');
    info = await stat(file).catch(() => null);
    if (info === null) throw new UsageError(`${report} ${printable(given)} is a directory without a report.json`);
  }
  const name = `${report} ${printable(file)}`;
  if (info === null) throw new UsageError(`${name}: no such file`);
  if (!info.isFile()) throw new UsageError(`${name} is not a file`);
  if (info.size > MAX_REPORT_BYTES) throw new UsageError(`${name} is ${Math.round(info.size / 1024 / 1024)} MiB, more than the ${MAX_REPORT_BYTES / 1024 / 1024} MiB a report is read up to`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${name} cannot be read: ${firstLine((error as Error).message)}`);
  }
  let document: unknown;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    document = JSON.parse(body);
  } catch (error) {
    // V8 quotes the text around the fault, newlines and all: shown escaped, not cut at the first one
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message)?.[1];
    const cutShort = body.trim() !== '' && (/end of JSON input/.test(message) || Number(at) >= body.length);
    throw new UsageError(`${name} is not JSON (${printable(message)})${cutShort ? '; was it cut short?' : ''}`);
  }
  if (!isRecord(document) || !isRecord(document['tool']) || document['tool']['name'] !== 'blastmap')
    throw new UsageError(`${name} is not a blastmap report (no tool.name "blastmap")`);
  const version = document['schemaVersion'];
  if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version))
    throw new UsageError(`${name} has schema version ${printable(JSON.stringify(version ?? null))}; blastmap ${verb} reads versions ${READABLE_VERSIONS.join(' and ')}`);
  const current = upgradeToVersion2(document);
  const errors = reportErrors(current);
  if (errors.length > 0)
    throw new UsageError(`${name} does not match the version ${version} schema: ${printable(errors[0] as string)}${errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length === 2 ? '' : 's'})` : ''}`);
  return { report: current as Report, schemaVersion: version };
}


function firstLine(text: string): string {
  return printable(text.split('\n')[0] ?? '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
