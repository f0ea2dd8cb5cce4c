import type { AnalyzerWarning } from '../../core/warnings.js';
import { WarningSink } from '../../core/warnings.js';
import { lookupsOf } from '../lookups.js';
import type { EdgeKind } from '../model.js';
import type { createResolver, ResolverInput } from './create-resolver.js';
import { DiskCache } from './disk-cache.js';
import type { ModuleResolver, Resolution } from './module-resolver.js';
import type { ParsedModule } from '../syntax/model.js';
import type { ResolutionMemo } from './resolution-memo.js';

export interface ResolutionCounts {
  /** lookups TypeScript's resolver answered in this run, and lookups the memo answered */
  resolved: number;
  remembered: number;
}

export type CreateResolver = typeof createResolver;

/**
 * Answers a lookup from the last run's memo while that memo still holds (same key, the disk
 * answering as it did), else with TypeScript's resolver, set up only when a lookup needs it.
 */
export class RememberingResolver {
  private readonly prior: ResolutionMemo | null;
  private readonly known: Map<string, Map<string, Resolution>>;
  private readonly used = new Map<string, Map<string, Resolution>>();
  private readonly disk: DiskCache;
  private readonly setup = new WarningSink();
  private live: ModuleResolver | undefined;
  private create: CreateResolver | null = null;
  readonly counts: ResolutionCounts = { resolved: 0, remembered: 0 };

  constructor(private readonly input: Omit<ResolverInput, 'disk' | 'warnings'>, private readonly key: string, prior: ResolutionMemo | null) {
    const disk = prior ? DiskCache.answering(prior.disk) : null;
    this.prior = disk ? prior : null;
    this.disk = disk ?? new DiskCache();
    this.known = new Map((this.prior?.byFile ?? []).map(([file, lookups]) => [file, new Map(lookups)]));
  }

  /** Whether some lookup of these modules is not in the memo, so TypeScript must be loaded. */
  needsTypeScript(modules: Map<string, ParsedModule>): boolean {
    if (!this.prior) return true;
    for (const [path, module] of modules) {
      const known = this.known.get(path);
      for (const { specifier, kind } of lookupsOf(module)) if (!known?.has(`${kind}:${specifier}`)) return true;
    }
    return false;
  }

  /**
   * Gives the resolver factory (a module that loads TypeScript, so imported only when needed).
   * Cold, it sets up at once and reads every module's tsconfig, so the setup warnings are the
   * full set, and exactly what a later run reusing this memo replays.
   */
  useTypeScript(create: CreateResolver): void {
    this.create = create;
    if (!this.prior) this.resolver().loadConfigs(this.input.modules);
  }

  resolve(from: string, specifier: string, kind: EdgeKind): Resolution {
    const lookup = `${kind}:${specifier}`;
    let result = this.known.get(from)?.get(lookup);
    if (result !== undefined) this.counts.remembered += 1;
    else {
      result = this.resolver().resolve(from, specifier, kind);
      this.counts.resolved += 1;
    }
    let lookups = this.used.get(from);
    if (!lookups) this.used.set(from, (lookups = new Map()));
    lookups.set(lookup, result);
    return result;
  }

  /** The setup's warnings (remembered ones when the memo held), and the memo to keep, or null when it is unchanged. */
  finish(): { setupWarnings: AnalyzerWarning[]; memo: ResolutionMemo | null } {
    const setupWarnings = this.prior ? this.prior.setupWarnings : this.setup.items;
    const unchanged = this.prior !== null && this.counts.resolved === 0 && countLookups(this.used) === countLookups(this.known);
    if (unchanged) return { setupWarnings, memo: null };
    return {
      setupWarnings,
      memo: {
        key: this.key,
        disk: this.disk.journal(),
        setupWarnings,
        byFile: [...this.used].map(([file, lookups]) => [file, [...lookups]]),
      },
    };
  }

  private resolver(): ModuleResolver {
    if (!this.create) throw new Error('internal error: a lookup missed the resolution memo after needsTypeScript() said none would');
    this.live ??= this.create({ ...this.input, disk: this.disk, warnings: this.setup });
    return this.live;
  }
}

function countLookups(byFile: Map<string, Map<string, Resolution>>): number {
  let count = 0;
  for (const lookups of byFile.values()) count += lookups.size;
  return count;
}
