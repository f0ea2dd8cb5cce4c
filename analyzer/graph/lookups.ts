import type { EdgeKind } from './model.js';
import type { ParsedModule } from './syntax/model.js';

export interface Lookup {
  specifier: string;
  kind: EdgeKind;
  /** `${kind}:${specifier}`, the lookup's name in the resolution memo */
  key: string;
}

const computed = new WeakMap<ParsedModule, Lookup[]>();

/**
 * The resolutions a module needs: each specifier once, with the kind of its first reference
 * (`import type` and `import` of one specifier resolve alike; the first decides the mode).
 * Worked out once per parsed module: the resolver's check and the linking both ask.
 */
export function lookupsOf(module: ParsedModule): readonly Lookup[] {
  const known = computed.get(module);
  if (known) return known;
  const seen = new Set<string>();
  const lookups: Lookup[] = [];
  for (const ref of module.imports) {
    if (seen.has(ref.specifier)) continue;
    seen.add(ref.specifier);
    lookups.push({ specifier: ref.specifier, kind: ref.kind, key: `${ref.kind}:${ref.specifier}` });
  }
  computed.set(module, lookups);
  return lookups;
}
