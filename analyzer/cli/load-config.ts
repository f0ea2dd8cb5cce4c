import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigSchema, type ConfigFile } from '../core/options-schema.js';
import { describeError, schemaValidator } from '../report/validate.js';
import { isoDate } from './parse-analyze.js';
import { UsageError } from './usage-error.js';

export const CONFIG_FILE_NAME = 'blastmap.config.json';

/** The config file, validated; a bad one is fatal and the message names the key. */
export function loadConfig(repo: string, explicit: string | null): { config: ConfigFile; path: string | null } {
  const path = explicit !== null ? resolve(explicit) : join(repo, CONFIG_FILE_NAME);
  if (explicit === null && !existsSync(path)) return { config: {}, path: null };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UsageError(`bad config ${path}: ${reason}`);
  }
  const validate = schemaValidator<ConfigFile>(ConfigSchema);
  if (!validate(raw)) throw new UsageError(`bad config ${path}: ${describeError((validate.errors ?? [])[0] as NonNullable<typeof validate.errors>[number])}`);
  checkPatterns(raw, path);
  if (raw.since !== undefined) raw.since = isoDate(`${path}: since`, raw.since);
  if (raw.now !== undefined) raw.now = isoDate(`${path}: now`, raw.now);
  return { config: raw, path };
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
