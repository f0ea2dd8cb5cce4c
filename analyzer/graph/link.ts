import { compareText } from '../core/compare-text.js';
import { TimeSlicer } from '../core/time-slicer.js';
import type { WarningSink } from '../core/warnings.js';
import type { GraphEdge } from './model.js';
import type { Resolution } from './resolve/module-resolver.js';
import type { SymbolFacts } from './symbol-edges.js';
import type { ParsedModule } from './syntax/model.js';
import { lookupsOf, type Lookup } from './lookups.js';

export interface Links {
  edges: GraphEdge[];
  externals: Map<string, string[]>;
  selfImports: string[];
  symbolFacts: Map<string, SymbolFacts>;
}

export type Resolve = (from: string, lookup: Lookup) => Resolution;

/** Turns each module's specifiers into edges, external package names and warnings. */
export async function linkModules(parsed: Map<string, ParsedModule>, resolve: Resolve, warnings: WarningSink): Promise<Links> {
  const edges: GraphEdge[] = [];
  const externals = new Map<string, string[]>();
  const selfImports: string[] = [];
  const symbolFacts = new Map<string, SymbolFacts>();
  const slicer = new TimeSlicer();
  for (const [source, module] of parsed) {
    if (slicer.due()) await slicer.yield();
    const targets = new Map<string, string | null>();
    for (const lookup of lookupsOf(module)) {
      const { specifier } = lookup;
      const result = resolve(source, lookup);
      let target: string | null = null;
      if (result.kind === 'module') target = result.target;
      else if (result.kind === 'external') addExternal(externals, source, result.name);
      else if (result.kind === 'unresolved')
        warnings.add('unresolved-import', `cannot resolve '${specifier}': ${result.reason}`, source);
      targets.set(specifier, target);
    }
    const uses: SymbolFacts['uses'] = [];
    const own = new Map<string, GraphEdge>();
    for (const ref of module.imports) {
      const target = targets.get(ref.specifier) ?? null;
      if (ref.kind !== 'export') uses.push({ target, names: ref.names });
      if (target === null) continue;
      if (target === source) {
        if (!selfImports.includes(source)) selfImports.push(source);
        continue;
      }
      mergeEdge(own, { source, target, typeOnly: ref.typeOnly, dynamic: ref.dynamic, kind: ref.kind });
    }
    for (const edge of own.values()) edges.push(edge);
    symbolFacts.set(source, {
      uses,
      reexports: module.reexports.map((re) => ({ ...re, target: targets.get(re.specifier) ?? null })),
      localExports: new Set(module.localExports),
      definesCode: module.definesCode,
    });
  }
  const sorted = edges.sort((a, b) => compareText(a.source, b.source) || compareText(a.target, b.target));
  return { edges: sorted, externals, selfImports, symbolFacts };
}

/** One edge per pair (of one source, by target): type-only or dynamic only when every reference is; kind of the first. */
function mergeEdge(edges: Map<string, GraphEdge>, edge: GraphEdge): void {
  const existing = edges.get(edge.target);
  if (!existing) edges.set(edge.target, edge);
  else {
    existing.typeOnly &&= edge.typeOnly;
    existing.dynamic &&= edge.dynamic;
  }
}

function addExternal(externals: Map<string, string[]>, source: string, name: string): void {
  const list = externals.get(source);
  if (!list) externals.set(source, [name]);
  else if (!list.includes(name)) list.push(name);
}
