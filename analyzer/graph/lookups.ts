import type { EdgeKind } from './model.js';
import type { ParsedModule } from './syntax/model.js';

export interface Lookup {
  specifier: string;
  kind: EdgeKind;
  /** `${kind}:${specifier}`, one name per lookup */
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
  const lookups: Lookup[] = [];
  // most modules import a handful of specifiers: a scan of the list then costs less than a set
  const seen = module.imports.length > 16 ? new Set<string>() : null;
  for (const ref of module.imports) {
    if (seen ? seen.has(ref.specifier) : lookups.some((l) => l.specifier === ref.specifier)) continue;
    seen?.add(ref.specifier);
    lookups.push({ specifier: ref.specifier, kind: ref.kind, key: `${ref.kind}:${ref.specifier}` });
  }
  computed.set(module, lookups);
  return lookups;
}
