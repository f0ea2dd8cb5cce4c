import type { SymbolEdge } from './model.js';

export interface SymbolFacts {
  /** imports as uses: resolved target (null when not a module) and the names used */
  uses: Array<{ target: string | null; names: string[] }>;
  reexports: Array<{ target: string | null; imported: string; exported: string }>;
  localExports: Set<string>;
  definesCode: boolean;
}

/**
 * Who uses what a module defines, following `export *` / `export { x } from` chains to the
 * definition, so a barrel that only re-exports is not taken for what everything depends on.
 * A name that cannot be followed (CommonJS, a typo) is charged to the module imported.
 */
export function symbolEdges(facts: Map<string, SymbolFacts>): SymbolEdge[] {
  const chains = new ExportChains(facts);
  const edges: SymbolEdge[] = [];
  for (const [source, module] of facts) {
    const targets = new Set<string>();
    for (const use of module.uses) {
      if (use.target === null) continue;
      const target = use.target;
      if (use.names.length === 0 || use.names.includes('*')) {
        // allDefinitions hands out its shared list: never push onto it
        const all = chains.allDefinitions(target);
        if (all.length === 0 && target !== source) targets.add(target);
        for (const def of all) if (def !== source) targets.add(def);
        continue;
      }
      for (const name of use.names) {
        const defs = chains.definitionOf(target, name);
        if (defs === null) {
          if (target !== source) targets.add(target);
        } else for (const def of defs) if (def !== source) targets.add(def);
      }
    }
    for (const target of [...targets].sort()) edges.push({ source, target });
  }
  return edges;
}

// The answers are shared between lookups and never changed after they are made.
const NOWHERE = new Set<string>();

class ExportChains {
  private readonly definitions = new Map<string, Set<string> | null>();
  private readonly everything = new Map<string, string[]>();
  private readonly visiting = new Set<string>();
  // In an `export *` cycle, a lookup that meets a module already on the stack sees only part of
  // the answer. Such partial results are kept for the current top-level query only (where the
  // rest of the cycle is being explored anyway), never across queries.
  private readonly partial = new Map<string, Set<string> | null | string[]>();
  private cycleHits = 0;
  private depth = 0;
  private readonly itselfSets = new Map<string, Set<string>>();

  constructor(private readonly facts: Map<string, SymbolFacts>) {}

  /** the modules that define `name` as exported by `module`; null when it is not found */
  definitionOf(module: string, name: string): Set<string> | null {
    // most uses name something the module defines itself: no chain to follow, nothing to record
    if (this.facts.get(module)?.localExports.has(name)) return this.itself(module);
    const key = `${module}\0${name}`;
    if (this.definitions.has(key)) return this.definitions.get(key) ?? null;
    const found = this.guarded(key, null, () => this.lookup(module, name));
    return found;
  }

  private lookup(module: string, name: string): Set<string> | null {
    const facts = this.facts.get(module);
    if (!facts) return null;
    if (facts.localExports.has(name)) return this.itself(module);
    for (const re of facts.reexports) {
      if (re.exported !== name) continue;
      if (re.target === null) return NOWHERE; // defined outside the repo
      if (re.imported === '*') return new Set(this.allDefinitions(re.target));
      return this.definitionOf(re.target, re.imported) ?? new Set([re.target]);
    }
    if (name === 'default') return null;
    for (const re of facts.reexports) {
      if (re.exported !== '*' || re.target === null) continue;
      const found = this.definitionOf(re.target, name);
      if (found) return found;
    }
    return null;
  }

  /** {module}, one set per module: every name a module defines itself has this answer */
  private itself(module: string): Set<string> {
    let set = this.itselfSets.get(module);
    if (!set) this.itselfSets.set(module, (set = new Set([module])));
    return set;
  }

  /** every module whose definitions `module` makes available (a namespace or side-effect use) */
  allDefinitions(module: string): string[] {
    const known = this.everything.get(module);
    if (known) return known;
    return this.guarded(`${module}\0*all`, [], () => this.collectAll(module));
  }

  /**
   * Runs one lookup with the cycle guard: a key already on the stack answers `onCycle`; a result
   * that met no cycle, or was computed at the top of a query, is kept for good; one that met a
   * cycle deeper down, only for the current top-level query.
   */
  private guarded<T extends Set<string> | null | string[]>(key: string, onCycle: T, compute: () => T): T {
    if (this.depth === 0) this.partial.clear();
    if (this.partial.has(key)) return this.partial.get(key) as T;
    if (this.visiting.has(key)) {
      this.cycleHits += 1;
      return onCycle;
    }
    const hitsBefore = this.cycleHits;
    this.visiting.add(key);
    this.depth += 1;
    const result = compute();
    this.depth -= 1;
    this.visiting.delete(key);
    // At the top of a query nothing is on the stack, so even a result that met cycles is whole.
    if (this.cycleHits !== hitsBefore && this.depth > 0) this.partial.set(key, result);
    else if (key.endsWith('\0*all')) this.everything.set(key.slice(0, -'\0*all'.length), result as string[]);
    else this.definitions.set(key, result as Set<string> | null);
    return result;
  }

  private collectAll(module: string): string[] {
    const facts = this.facts.get(module);
    const result = new Set<string>();
    if (facts && (facts.definesCode || facts.localExports.size > 0)) result.add(module);
    for (const re of facts?.reexports ?? []) {
      if (re.target === null) continue;
      const defs = re.imported === '*' ? this.allDefinitions(re.target) : [...(this.definitionOf(re.target, re.imported) ?? [re.target])];
      for (const def of defs) result.add(def);
    }
    return [...result];
  }
}
