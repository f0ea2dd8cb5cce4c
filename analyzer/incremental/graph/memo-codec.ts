import { Interner } from '../../core/interner.js';
import type { AnalyzerWarning } from '../../core/warnings.js';
import type { TrackedResolution } from './lookup-probes.js';
import type { ResolutionMemo, Staleness } from './resolution-memo.js';

/**
 * A lookup the memo answered, as stored: its probes stay indexes into the memo's path table, turned
 * back into paths only if the memo is written again (most runs do not write it).
 */
export interface RememberedResolution {
  resolution: TrackedResolution['resolution'];
  probes: { table: readonly string[]; missing: readonly number[]; found: readonly number[] };
}

export type AnyResolution = TrackedResolution | RememberedResolution;

/** Per module, its lookups by `${kind}:${specifier}`. */
export type LookupsByFile = Map<string, Map<string, AnyResolution>>;

export function encodeLookups(lookups: LookupsByFile): Pick<ResolutionMemo, 'paths' | 'byFile'> {
  const paths = new Interner();
  const byFile: ResolutionMemo['byFile'] = [...lookups].map(([file, byLookup]) => [
    file,
    [...byLookup].map(([lookup, entry]) => {
      const { missing, found } = probesOf(entry);
      return [lookup, entry.resolution, missing.map((p) => paths.id(p)), found.map((p) => paths.id(p))];
    }),
  ]);
  return { paths: paths.all, byFile };
}

function probesOf(entry: AnyResolution): { missing: readonly string[]; found: readonly string[] } {
  if (!('probes' in entry)) return entry;
  const { table, missing, found } = entry.probes;
  return { missing: missing.map((id) => table[id] as string), found: found.map((id) => table[id] as string) };
}

/** The memo's lookups that still hold: none of a stale file, none that missed or found a changed path. */
export function decodeLookups(memo: ResolutionMemo, stale: Staleness): LookupsByFile {
  const stalePath = memo.paths.map((path) => stale.paths.has(path));
  const table = memo.paths;
  const lookups: LookupsByFile = new Map();
  for (const [file, stored] of memo.byFile) {
    if (stale.files.has(file)) continue;
    const kept = new Map<string, AnyResolution>();
    for (const [lookup, resolution, missing, found] of stored) {
      if (missing.some((id) => stalePath[id] !== false) || found.some((id) => stalePath[id] !== false)) continue;
      kept.set(lookup, { resolution, probes: { table, missing, found } });
    }
    lookups.set(file, kept);
  }
  return lookups;
}

export function encodeConfigs(configsOf: Map<string, string[]>, warnings: Map<string, AnalyzerWarning[]>): Pick<ResolutionMemo, 'configNames' | 'configsOf' | 'configWarnings'> {
  const names = new Interner();
  const encoded: ResolutionMemo['configsOf'] = [...configsOf].map(([file, configs]) => [file, configs.map((c) => names.id(c))]);
  return { configNames: names.all, configsOf: encoded, configWarnings: names.all.map((config) => [config, warnings.get(config) ?? []]) };
}

/** Per module still there and not stale, the tsconfigs its run read. */
export function decodeConfigs(memo: ResolutionMemo, modules: Set<string>, stale: Staleness): Map<string, string[]> {
  const configsOf = new Map<string, string[]>();
  // most modules of a repository read the same few tsconfigs: one list per set, shared
  const lists = new Map<string, string[]>();
  for (const [file, ids] of memo.configsOf) {
    if (!modules.has(file) || stale.files.has(file)) continue;
    const key = ids.join(',');
    let configs = lists.get(key);
    if (!configs) lists.set(key, (configs = ids.map((id) => memo.configNames[id] as string)));
    configsOf.set(file, configs);
  }
  return configsOf;
}
