import type { AnalyzerWarning } from '../../core/warnings.js';
import { WarningSink } from '../../core/warnings.js';
import { lookupsOf, type Lookup } from '../../graph/lookups.js';
import type { createResolver } from '../../graph/resolve/create-resolver.js';
import { DiskView } from '../../graph/resolve/disk-view.js';
import { setupWarnings } from '../../graph/resolve/make-resolver.js';
import type { ModuleResolver, Resolution } from '../../graph/resolve/module-resolver.js';
import type { ImportResolver, ResolverSetup } from '../../graph/steps.js';
import type { ParsedModule } from '../../graph/syntax/model.js';
import { resolutionKey } from '../keys.js';
import type { Memory } from '../memory.js';
import { diskAnswering, journalOf, type DiskJournal } from './disk-journal.js';
import { ProbeRecorder, type TrackedResolution } from './lookup-probes.js';
import { decodeConfigs, decodeLookups, encodeConfigs, encodeLookups, type AnyResolution } from './memo-codec.js';
import { changesReachEverything, memoFor, staleness, treeChanges, type MemoTree, type ResolutionMemo } from './resolution-memo.js';

type CreateResolver = typeof createResolver;

export interface ResolutionCounts {
  /** lookups TypeScript's resolver answered in this run, and lookups the memo answered */
  resolved: number;
  remembered: number;
}

type Lookups = Map<string, AnyResolution>;

/**
 * Answers a lookup from the last run's memo while it still holds (same key, the disk answering
 * as it did, no file come where it found none or gone where it found one), else with
 * TypeScript's resolver, set up only when some lookup needs it.
 */
class RememberingResolver {
  private readonly prior: ResolutionMemo | null;
  /** files came or went since the memo */
  private readonly treeChanged: boolean;
  /** the tree this run's lookups see */
  private readonly tree: MemoTree;
  private readonly known = new Map<string, Lookups>();
  /** per module, the tsconfigs its governing config was found among (remembered, or read in this run) */
  private readonly configsOf = new Map<string, string[]>();
  /** lookups resolved in this run (the memo answered the others) */
  private readonly fresh = new Map<string, Lookups>();
  private readonly disk: DiskView;
  private readonly recorder = new ProbeRecorder((abs) => this.trackedPathOf?.(abs) ?? null);
  private trackedPathOf: ((abs: string) => string | null) | undefined;
  private readonly setup = new WarningSink();
  private live: ModuleResolver | undefined;
  private create: CreateResolver | null = null;
  readonly counts: ResolutionCounts = { resolved: 0, remembered: 0 };

  constructor(private readonly input: ResolverSetup, private readonly key: string, prior: ResolutionMemo | null) {
    const disk = prior ? diskAnswering(prior.disk) : null;
    this.disk = disk ?? new DiskView();
    this.tree = treeOf(input);
    const changed = prior && disk ? treeChanges(prior, this.tree) : [];
    this.prior = prior && disk && !changesReachEverything(changed, prior.configInputs) ? prior : null;
    this.treeChanged = changed.length > 0;
    if (this.prior) this.remember(this.prior, changed);
  }

  private remember(memo: ResolutionMemo, changed: readonly string[]): void {
    const stale = staleness(changed, this.input.modules);
    for (const [file, configs] of decodeConfigs(memo, this.input.modules, stale)) this.configsOf.set(file, configs);
    for (const [file, lookups] of decodeLookups(memo, stale)) this.known.set(file, lookups);
  }

  /** Whether the compiler must be loaded: a lookup of these modules, or a module's tsconfig, is not remembered. */
  needsTypeScript(modules: Map<string, ParsedModule>): boolean {
    if (!this.prior) return true;
    for (const [path, module] of modules) {
      if (!this.configsOf.has(path)) return true;
      const known = this.known.get(path);
      for (const { key } of lookupsOf(module)) if (!known?.has(key)) return true;
    }
    return false;
  }

  /**
   * Gives the resolver factory (a module that loads TypeScript, so imported only when needed),
   * and reads the tsconfigs of every module whose configs are not remembered (all of them
   * without a memo): which configs a module's run reads decides which tsconfig warnings it gives.
   */
  useTypeScript(create: CreateResolver): void {
    this.create = create;
    const unknown = [...this.input.modules].filter((path) => !this.configsOf.has(path));
    if (unknown.length > 0) for (const [path, configs] of this.resolver().loadConfigs(unknown)) this.configsOf.set(path, configs);
  }

  resolve(from: string, lookup: Lookup): Resolution {
    const remembered = this.known.get(from)?.get(lookup.key);
    if (remembered !== undefined) {
      this.counts.remembered += 1;
      return remembered.resolution;
    }
    this.counts.resolved += 1;
    const resolver = this.resolver();
    const { value: resolution, missing, found } = this.recorder.during(() => resolver.resolve(from, lookup.specifier, lookup.kind));
    const result: TrackedResolution = { resolution, missing, found };
    let lookups = this.fresh.get(from);
    if (!lookups) this.fresh.set(from, (lookups = new Map()));
    lookups.set(lookup.key, result);
    return result.resolution;
  }

  /**
   * The setup's warnings: the workspace's, and those of every tsconfig some module's run reads
   * (remembered, or from this run's reading); and the memo to keep, or null when it is unchanged.
   */
  finish(modules: Map<string, ParsedModule>): { setupWarnings: AnalyzerWarning[]; memo: ResolutionMemo | null } {
    const fresh = this.setup.items;
    const workspaceWarnings = this.prior ? this.prior.workspaceWarnings : fresh.filter((w) => w.code !== 'tsconfig-error');
    const configsRead = new Set([...this.configsOf.values()].flat());
    const configWarnings = new Map(this.prior?.configWarnings ?? []);
    for (const config of configsRead)
      if (this.live?.readConfig(config)) configWarnings.set(config, fresh.filter((w) => w.code === 'tsconfig-error' && w.path === config));
    const warnings = setupWarnings(workspaceWarnings, this.configsOf.values(), (config) => configWarnings.get(config) ?? []);
    const replay = this.prior !== null && !this.treeChanged;
    // each lookup of each module is resolved once a run: all remembered, and all of the memo's used
    if (replay && this.counts.resolved === 0 && this.counts.remembered === countLookups(this.known)) return { setupWarnings: warnings, memo: null };
    const configInputs = [...new Set([...(this.prior?.configInputs ?? []), ...(this.live?.configInputs() ?? [])])];
    return {
      setupWarnings: warnings,
      memo: {
        key: this.key,
        disk: journalOf(this.disk),
        workspaceWarnings,
        ...encodeConfigs(this.configsOf, configWarnings),
        configInputs,
        ...this.tree,
        ...encodeLookups(this.usedBy(modules)),
      },
    };
  }

  /** Every question this run's resolution asked the disk outside the tracked tree, with its answer. */
  diskJournal(): DiskJournal {
    return journalOf(this.disk);
  }

  /** The lookups of these modules as this run answered them (each was asked, in linking). */
  private usedBy(modules: Map<string, ParsedModule>): Map<string, Lookups> {
    const used = new Map<string, Lookups>();
    for (const [path, module] of modules) {
      const lookups: Lookups = new Map();
      for (const { key } of lookupsOf(module)) {
        const answer = this.fresh.get(path)?.get(key) ?? this.known.get(path)?.get(key);
        if (answer !== undefined) lookups.set(key, answer);
      }
      if (lookups.size > 0) used.set(path, lookups);
    }
    return used;
  }

  private resolver(): ModuleResolver {
    if (!this.create) throw new Error('internal error: a lookup missed the resolution memo after needsTypeScript() said none would');
    this.live ??= this.create({
      ...this.input,
      disk: this.disk,
      warnings: this.setup,
      watch: (trackedPathOf) => {
        this.trackedPathOf = trackedPathOf;
        return this.recorder;
      },
    });
    return this.live;
  }
}

function countLookups(byFile: Map<string, Lookups>): number {
  let count = 0;
  for (const lookups of byFile.values()) count += lookups.size;
  return count;
}

function treeOf({ files, modules, excluded }: ResolverSetup): MemoTree {
  return {
    files: files.filter((f) => !f.symlink).map((f) => f.path),
    symlinks: files.filter((f) => f.symlink).map((f) => f.path),
    modules: [...modules],
    excluded: [...excluded],
  };
}

/**
 * The graph stage's makeResolver, taking over the last run's lookups where they still hold; the
 * compiler is loaded only when some lookup, or some module's tsconfig, is not remembered.
 */
export function rememberingResolver(memory: Memory, counted: (counts: ResolutionCounts, disk: () => DiskJournal) => void): (setup: ResolverSetup, parsed: Map<string, ParsedModule>) => Promise<ImportResolver> {
  return async (setup, parsed) => {
    const key = resolutionKey(setup.root, setup.aliases);
    const resolver = new RememberingResolver(setup, key, memoFor(memory.recall('resolutions', key), key));
    if (resolver.needsTypeScript(parsed)) resolver.useTypeScript((await import('../../graph/resolve/create-resolver.js')).createResolver);
    return {
      resolve: (from, lookup) => resolver.resolve(from, lookup),
      finish: () => {
        const { setupWarnings: warnings, memo } = resolver.finish(parsed);
        if (memo) memory.keep('resolutions', key, memo);
        counted(resolver.counts, () => resolver.diskJournal());
        return warnings;
      },
    };
  };
}
