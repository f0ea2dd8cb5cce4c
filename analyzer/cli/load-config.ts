import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ConfigFile } from '../core/options-schema.js';
import { schemaFileText } from '../report/schema-file.js';
import { describeError, schemaValidator } from '../report/validate.js';
import { isoDate } from './run-flags.js';
import { UsageError } from './usage-error.js';

export const CONFIG_FILE_NAME = 'blastmap.config.json';

export interface LoadedConfig {
  config: ConfigFile;
  path: string | null;
  /** what was left out of a config found in the analyzed repository, and why, for the user */
  notice: string | null;
}

/**
 * The config file, validated; a bad one is fatal and the message names the key. A config found in
 * the analyzed repository (not named with --config) is the repository's word, and the repository
 * is untrusted: its regular expressions are not run, since one crafted pattern can hold the run
 * for hours (catastrophic backtracking). Name the file with --config to use them.
 */
export function loadConfig(repo: string, explicit: string | null): LoadedConfig {
  const path = explicit !== null ? resolve(explicit) : join(repo, CONFIG_FILE_NAME);
  if (explicit === null && !existsSync(path)) return { config: {}, path: null, notice: null };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UsageError(`bad config ${path}: ${reason}`);
  }
  const validate = schemaValidator<ConfigFile>(JSON.parse(schemaFileText('config')) as object);
  if (!validate(raw)) throw new UsageError(`bad config ${path}: ${describeError((validate.errors ?? [])[0] as NonNullable<typeof validate.errors>[number])}`);
  checkPatterns(raw, path);
  if (raw.since !== undefined) raw.since = isoDate(`${path}: since`, raw.since);
  if (raw.now !== undefined) raw.now = isoDate(`${path}: now`, raw.now);
  const patterns = ['aiMarkers', 'botPatterns'].filter((key) => (raw as Record<string, unknown>)[key] !== undefined);
  if (explicit !== null || patterns.length === 0) return { config: raw, path, notice: null };
  const { aiMarkers: _markers, botPatterns: _bots, ...trusted } = raw;
  const notice = `ignoring ${patterns.join(' and ')} in ${path}: patterns from the analyzed repository are not run (pass the file with --config to use them)`;
  return { config: trusted, path, notice };
}

function checkPatterns(config: ConfigFile, path: string): void {
  const patterns: Array<[string, string]> = [
    ...(config.aiMarkers ?? []).map((m, i): [string, string] => [`/aiMarkers/${i}/pattern`, m.pattern]),
    ...(config.botPatterns ?? []).map((p, i): [string, string] => [`/botPatterns/${i}`, p]),
  ];
  for (const [key, pattern] of patterns) {
    try {
      new RegExp(pattern, 'i');
    } catch (error) {
      throw new UsageError(`bad config ${path}: ${key}: not a valid regular expression (${(error as Error).message})`);
    }
  }
}
