import type { LookupWatch, Resolution } from '../../graph/resolve/module-resolver.js';

/**
 * What one lookup relied on in the tracked tree (repo-relative paths): files it looked for and
 * did not find, and files it found or read. A memoized lookup is redone when one of the first
 * appears or one of the second goes, as TypeScript's watch mode redoes a resolution when one of
 * its failed lookup locations appears.
 */
export interface Probes {
  missing: string[];
  found: string[];
}

/** A resolution and what it relied on in the tracked tree. */
export interface TrackedResolution extends Probes {
  resolution: Resolution;
}

interface ResultSeen {
  failed: number;
  affecting: number;
  resolved: boolean;
  missing: Set<string>;
  found: Set<string>;
}

type LookupResult = { resolvedModule?: { resolvedFileName: string } | undefined };

/** Collects the probes of the lookup running inside `during`; outside it, records nothing. */
export class ProbeRecorder implements LookupWatch {
  private current: { missing: Set<string>; found: Set<string> } | null = null;
  private readonly seen = new WeakMap<object, ResultSeen>();

  /** @param trackedPathOf the tracked path whose presence answers for an absolute path, or null when the disk does */
  constructor(private readonly trackedPathOf: (abs: string) => string | null) {}

  during<T>(lookup: () => T): { value: T } & Probes {
    const current = { missing: new Set<string>(), found: new Set<string>() };
    this.current = current;
    try {
      const value = lookup();
      return { value, missing: [...current.missing], found: [...current.found] };
    } finally {
      this.current = null;
    }
  }

  /** A result of TypeScript's resolveModuleName: its failed and affecting locations, and what it resolved to. */
  result<T extends LookupResult>(result: T): T {
    if (!this.current) return result;
    let seen = this.seen.get(result);
    if (!seen) this.seen.set(result, (seen = { failed: 0, affecting: 0, resolved: false, missing: new Set(), found: new Set() }));
    // When its cache answers, TypeScript hands back the first lookup's result object with this
    // lookup's failed and affecting locations appended: read whatever was added since last time
    // (this lookup is then charged with both lookups' probes, which only redoes it more often).
    const { failedLookupLocations = [], affectingLocations = [] } = result as { failedLookupLocations?: string[]; affectingLocations?: string[] };
    for (; seen.failed < failedLookupLocations.length; seen.failed += 1) this.add(seen.missing, failedLookupLocations[seen.failed] as string);
    for (; seen.affecting < affectingLocations.length; seen.affecting += 1) this.add(seen.found, affectingLocations[seen.affecting] as string);
    if (!seen.resolved && result.resolvedModule) {
      seen.resolved = true;
      this.add(seen.found, result.resolvedModule.resolvedFileName);
    }
    for (const path of seen.missing) this.current.missing.add(path);
    for (const path of seen.found) this.current.found.add(path);
    return result;
  }

  /** A question blastmap asked itself about a tracked path; returns the answer. */
  asked(relative: string, present: boolean): boolean {
    (present ? this.current?.found : this.current?.missing)?.add(relative);
    return present;
  }

  private add(into: Set<string>, abs: string): void {
    const tracked = this.trackedPathOf(abs);
    if (tracked !== null) into.add(tracked);
  }
}
