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
      const whole = use.names.length === 0 || use.names.includes('*');
      const defs = whole ? chains.allDefinitions(use.target) : use.names.flatMap((name) => [...(chains.definitionOf(use.target as string, name) ?? [use.target as string])]);
      if (whole && defs.length === 0) defs.push(use.target);
      for (const def of defs) if (def !== source) targets.add(def);
    }
    for (const target of [...targets].sort()) edges.push({ source, target });
  }
  return edges;
}

class ExportChains {
  private readonly definitions = new Map<string, Set<string> | null>();
  private readonly everything = new Map<string, string[]>();
  private readonly visiting = new Set<string>();

  constructor(private readonly facts: Map<string, SymbolFacts>) {}

  /** the modules that define `name` as exported by `module`; null when it is not found */
  definitionOf(module: string, name: string): Set<string> | null {
    const key = `${module}\0${name}`;
    if (this.definitions.has(key)) return this.definitions.get(key) ?? null;
    if (this.visiting.has(key)) return null;
    this.visiting.add(key);
    const found = this.lookup(module, name);
    this.visiting.delete(key);
    this.definitions.set(key, found);
    return found;
  }

  private lookup(module: string, name: string): Set<string> | null {
    const facts = this.facts.get(module);
    if (!facts) return null;
    if (facts.localExports.has(name)) return new Set([module]);
    for (const re of facts.reexports) {
      if (re.exported !== name) continue;
      if (re.target === null) return new Set(); // defined outside the repo
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

  /** every module whose definitions `module` makes available (a namespace or side-effect use) */
  allDefinitions(module: string): string[] {
    const cached = this.everything.get(module);
    if (cached) return cached;
    const key = `${module}\0*all`;
    if (this.visiting.has(key)) return [];
    this.visiting.add(key);
    const facts = this.facts.get(module);
    const result = new Set<string>();
    if (facts && (facts.definesCode || facts.localExports.size > 0)) result.add(module);
    for (const re of facts?.reexports ?? []) {
      if (re.target === null) continue;
      const defs = re.imported === '*' ? this.allDefinitions(re.target) : [...(this.definitionOf(re.target, re.imported) ?? [re.target])];
      for (const def of defs) result.add(def);
    }
    this.visiting.delete(key);
    const list = [...result];
    this.everything.set(module, list);
    return list;
  }
}
