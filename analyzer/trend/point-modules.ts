import type { AnalyzeOptions } from '../core/options.js';
import { WarningSink } from '../core/warnings.js';
import { discover, type Discovery } from '../graph/discover.js';
import { kindClassifier, type ModuleKind } from '../graph/module-kind.js';
import { classifyContent } from '../graph/read-source.js';
import { readBlobs, type ScratchRepo } from './scratch-repo.js';

export interface PointModule {
  path: string;
  kind: ModuleKind;
}

/**
 * The verdicts on file contents, kept across points: a blob is read once, whatever number of
 * points hold it. The path is part of the key because Linguist's content rules look at the
 * extension, and `generatedChecks` because `linguist-generated=false` switches them off.
 */
export class ContentVerdicts {
  private readonly verdicts = new Map<string, boolean>();
  blobsRead = 0;

  key(oid: string, path: string, generatedChecks: boolean): string {
    return `${oid}\0${generatedChecks ? 1 : 0}\0${path}`;
  }

  get(key: string): boolean | undefined {
    return this.verdicts.get(key);
  }

  set(key: string, isModule: boolean): void {
    this.verdicts.set(key, isModule);
  }
}

/**
 * The modules a fresh analysis of the scratch repository's commit would list, with their kinds:
 * the graph stage's own discovery (tracked files, .gitignore, exclusions, Linguist's name rules and
 * .gitattributes), then its size cap and content checks on each candidate's blob. What the graph
 * stage adds beyond that (parsing, import edges) changes no module's presence or kind. The
 * discovery is returned too: a point's graph (point-graph.ts) starts from it.
 */
export async function pointModules(scratch: ScratchRepo, prefix: string, options: AnalyzeOptions, verdicts: ContentVerdicts): Promise<{ modules: PointModule[]; found: Discovery }> {
  const found = await discover(scratch.dir, options.exclude, new WarningSink());
  const pending: { path: string; oid: string; key: string; checks: boolean }[] = [];
  const kept: string[] = [];
  for (const path of found.candidates) {
    const entry = scratch.entries.get(prefix + path);
    // listed by the index but not in the tree: cannot happen for a commit read into the index
    if (entry === undefined || entry.size < 0) continue;
    if (entry.size > options.maxFileBytes) continue;
    const checks = !found.linguist.notGenerated.has(path);
    const key = verdicts.key(entry.oid, path, checks);
    const known = verdicts.get(key);
    if (known === undefined) pending.push({ path, oid: entry.oid, key, checks });
    else if (known) kept.push(path);
  }
  if (pending.length > 0) {
    const blobs = await readBlobs(scratch.top, pending.map((p) => p.oid));
    verdicts.blobsRead += blobs.size;
    for (const p of pending) {
      const blob = blobs.get(p.oid);
      const isModule = blob !== undefined && classifyContent(blob, p.path, new WarningSink(), p.checks) !== null;
      verdicts.set(p.key, isModule);
      if (isModule) kept.push(p.path);
    }
  }
  const kindOf = kindClassifier(options, found.linguist.documentation);
  return { modules: kept.map((path) => ({ path, kind: kindOf(path) })), found };
}
